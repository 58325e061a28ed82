/** Escapes the message of a GitHub Actions workflow command. */
export function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (file, title) of a GitHub Actions workflow command. */
export function ghProperty(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line: `::level file=…,line=…,col=…,title=…::message`. */
export function ghAnnotation(
  level: 'error' | 'warning' | 'notice',
  at: { file?: string; line?: number; column?: number; title?: string },
  message: string,
): string {
  const props = [
    ...(at.file ? [`file=${ghProperty(at.file)}`] : []),
    ...(at.line ? [`line=${at.line}`] : []),
    ...(at.column ? [`col=${at.column}`] : []),
    ...(at.title ? [`title=${ghProperty(at.title)}`] : []),
  ];
  return `::${level}${props.length > 0 ? ' ' + props.join(',') : ''}::${ghData(message)}`;
}

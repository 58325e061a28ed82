import type { BenchmarkRequest, BenchmarkSpec } from '../../analysis/benchmark.js';
import { UsageError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import type { Definitions } from '../../model/definitions.js';
import { provinceSeries } from '../../model/province-series.js';
import { BENCHMARK_KINDS } from './options.js';

/** A parsed `--benchmark` → a request with a `province:NAME` benchmark resolved to that province's units. */
export function benchmarkRequest(spec: BenchmarkSpec, defs: Definitions): BenchmarkRequest {
  return spec.kind === 'province' ? { kind: 'province', series: provinceSeries(defs, spec.province) } : spec;
}

/** Parses `--benchmark` ("median", "top-quartile", "national", "province:Đà Nẵng", "rank:10"). */
export function parseBenchmark(text: string): BenchmarkSpec {
  const t = text.trim();
  const [head, ...rest] = t.split(':');
  const kind = head!.trim().toLowerCase();
  const value = rest.join(':').trim();
  if (rest.length === 0 && (kind === 'median' || kind === 'mean' || kind === 'top-quartile' || kind === 'best' || kind === 'region' || kind === 'national'))
    return { kind };
  if (kind === 'province' && value !== '') return { kind, province: value };
  if (kind === 'rank' && /^\d+$/.test(value) && Number(value) >= 1) return { kind, rank: Number(value) };
  const kinds = BENCHMARK_KINDS.join(', ');
  throw new UsageError(say(`không có mốc so sánh "${text}"`, `unknown benchmark "${text}"`), say(`dùng một trong các mốc: ${kinds}`, `use one of ${kinds}`));
}

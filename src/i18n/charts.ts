/** Words of the charts in the printable formats (HTML), vi and en side by side. */
export const CHARTS = {
  vi: {
    year: 'Năm',
    rankTable: ['Năm', 'Hạng', 'Số tỉnh xếp hạng', 'Phân vị'],
    percentileAxis: 'Phân vị hạng (100 = đứng đầu)',
    rankTitle: (index: string) => `Diễn biến xếp hạng ${index}`,
    rankCaption: (from: number, to: number) =>
      `${from}–${to}. Trục đứng là phân vị của hạng (100 = hạng 1, 0 = hạng cuối), để các năm có số tỉnh khác nhau (63, 34) so sánh được; nhãn mỗi điểm là hạng/số tỉnh được xếp hạng năm đó. Năm không có hạng không có điểm.`,
    componentsTitle: (index: string, year: number) => `Chỉ số thành phần ${index} ${year}: tỉnh so với trung vị và tỉnh cao nhất`,
    componentsCaption: (share: boolean): string =>
      share
        ? 'Mỗi hàng là một chỉ số thành phần; trục ngang là điểm tính theo phần trăm điểm tối đa của thành phần, để các thành phần có thang điểm khác nhau so sánh được. Bảng dưới ghi điểm gốc.'
        : 'Mỗi hàng là một chỉ số thành phần; trục ngang là điểm. Bảng dưới ghi cùng các số.',
    shareAxis: '% điểm tối đa',
    scoreAxis: 'Điểm',
    component: 'Chỉ số thành phần',
    province: 'Tỉnh',
    median: 'Trung vị',
    best: 'Cao nhất',
    regionTitle: (index: string, year: number, region: string) => `${index} ${year}: các tỉnh vùng ${region}`,
    regionCaption: 'Điểm tổng hợp của các tỉnh trong vùng, tỉnh báo cáo tô đỏ; nhãn là hạng/số tỉnh cả nước.',
    rank: 'Hạng',
    score: 'Điểm',
  },
  en: {
    year: 'Year',
    rankTable: ['Year', 'Rank', 'Provinces ranked', 'Percentile'],
    percentileAxis: 'Rank percentile (100 = first)',
    rankTitle: (index: string) => `${index} rank history`,
    rankCaption: (from: number, to: number) =>
      `${from}–${to}. The vertical axis is the rank's percentile (100 = first, 0 = last), so that years with different numbers of provinces (63, 34) compare; each point is labelled rank/provinces ranked that year. Years without a rank have no point.`,
    componentsTitle: (index: string, year: number) => `${index} ${year} components: the province against the median and the best`,
    componentsCaption: (share: boolean): string =>
      share
        ? "One row per component; the horizontal axis is the score as a percentage of the component's maximum, so that components on different scales compare. The table gives the raw scores."
        : 'One row per component; the horizontal axis is the score. The table gives the same numbers.',
    shareAxis: '% of the maximum',
    scoreAxis: 'Score',
    component: 'Component',
    province: 'Province',
    median: 'Median',
    best: 'Best',
    regionTitle: (index: string, year: number, region: string) => `${index} ${year}: the provinces of the ${region} region`,
    regionCaption: 'Composite scores of the provinces of the region, the province reported on in red; labels are the national rank/provinces ranked.',
    rank: 'Rank',
    score: 'Score',
  },
};

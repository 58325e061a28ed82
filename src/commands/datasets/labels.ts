/** Labels of `chiso datasets`. */
export const DATASETS = {
  vi: {
    title: 'Dữ liệu hiện có',
    provinces: 'Tỉnh có dữ liệu',
    composite: 'Điểm tổng hợp',
    computed: 'tính',
    ranks: 'Có hạng',
    components: 'Chỉ số thành phần',
    complete: 'tỉnh đủ',
    aggregates: 'Số liệu chung',
    methodology: 'Phương pháp',
    folder: 'Thư mục dữ liệu',
    empty: 'Không có tệp dữ liệu nào.',
  },
  en: {
    title: 'Available data',
    provinces: 'Provinces with data',
    composite: 'Composite',
    computed: 'computed',
    ranks: 'Ranked',
    components: 'Components',
    complete: 'complete',
    aggregates: 'Aggregates',
    methodology: 'Methodology',
    folder: 'Data folder',
    empty: 'No year files.',
  },
};

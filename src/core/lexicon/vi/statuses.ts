/**
 * Status words: what a result says of itself, whatever its figures. The reading stage looks for them in
 * this order, each blanking its words for the next: no data, not arising, caveat (then hedge), negated, in
 * progress, done (done-action first), reported.
 */
import type { StatusEntry, StatusWord } from "../types";

const status = (word: StatusWord, pattern: string, examples: StatusEntry["examples"]): StatusEntry => ({
  word,
  pattern,
  examples,
});

/** Matched with its diacritics, where folding makes two words collide. */
const exactStatus = (word: StatusWord, pattern: string, examples: StatusEntry["examples"]): StatusEntry => ({
  word,
  pattern,
  examples,
  exact: true,
});

export const statuses: readonly StatusEntry[] = [
  // ---- no data: nothing to judge yet ----
  status("no-data", "chưa (thống kê|tổng hợp)", [
    "Chưa thống kê được số nhiệm vụ hoàn thành, nhiệm vụ chưa hoàn thành",
    "Chưa tổng hợp",
  ]),
  status("no-data", "chưa có (số liệu|dữ liệu|kết quả|báo cáo|thông tin|đánh giá)", [
    "Chưa có số liệu",
    "Chưa có kết quả đánh giá của tỉnh",
    "Chưa có báo cáo của các thôn",
  ]),
  status("no-data", "chưa (đánh giá được|xác định được|xác định)", [
    "Chưa xác định được tỷ lệ",
    "Chưa đánh giá được",
  ]),
  status("no-data", "chưa (công bố|cập nhật số liệu|cập nhật kết quả)", [
    "Tỉnh chưa công bố kết quả Chỉ số SIPAS năm 2024",
    "Chưa cập nhật số liệu",
  ]),
  status("no-data", "không có (số liệu|dữ liệu|thông tin)", ["Không có số liệu"]),
  status("no-data", "đang (thống kê|tổng hợp|cập nhật số liệu)", ["Đang tổng hợp số liệu", "Đang thống kê"]),
  status("no-data", "không (thống kê|xác định|tổng hợp) được", [
    "Không xác định được",
    "Không thống kê được số hồ sơ",
  ]),
  status("no-data", "chưa (khảo sát|đo lường|điều tra)", [
    { text: "Chưa khảo sát", note: "survey not done: no data" },
    "Chưa đo lường sự hài lòng",
  ]),
  status("no-data", "{negation} rõ", ["Chưa rõ", "Số liệu không rõ"]),
  status("no-data", "^(n/a|k/c|\\?|\\?\\?|\\?\\?\\?)$", ["N/A", "?", "K/c"]),

  // ---- not arising: there was nothing to do ----
  status("not-arising", "{negation} [có] phát sinh", [
    "Không phát sinh",
    "Trong năm không phát sinh hồ sơ liên thông",
    "Chưa có phát sinh",
  ]),

  // ---- caveats: the result admits a shortfall ----
  status(
    "caveat",
    "(tuy nhiên|nhưng|song) … ({negation}|hạn chế|thiếu|chậm|tồn tại|vướng mắc|khó khăn|{ceiling})",
    [
      "Đã thực hiện, tuy nhiên chất lượng còn hạn chế",
      "Hoàn thành 100% nhưng chưa đảm bảo thời gian",
      "Thực hiện tốt các nhiệm vụ phát triển kinh tế - xã hội tại địa phương. Tuy nhiên, có một số chỉ tiêu chưa đạt 100% KH đề ra.",
    ],
  ),
  status("caveat", "(còn|vẫn còn) # ~4 {ceiling}", ["Còn 03 hồ sơ trễ hạn", "Vẫn còn 2 đơn thư khiếu nại"]),
  status("caveat", "(còn|vẫn còn|vẫn) (một số|nhiều|hạn chế|tồn tại|thiếu|chậm|vướng mắc|khó khăn)", [
    "Việc cập nhật hồ sơ lên hệ thống còn chậm",
    "Vẫn còn một số hồ sơ chưa số hóa",
  ]),
  status("caveat", "một số …40 (chưa|không đạt)", ["Một số chỉ tiêu không đạt", "Một số thôn chưa"]),
  status("caveat", "chưa (đầy đủ|kịp thời|đồng bộ|hiệu quả|cao|tốt|sát)", [
    "Việc cập nhật chưa kịp thời",
    "Chất lượng chưa cao",
    "Phối hợp chưa đồng bộ",
  ]),
  // Folded, "chậm" (late) is "chăm" (care): "thực hiện chăm lo đời sống" is no caveat.
  exactStatus("caveat", "(gửi|nộp|báo cáo|triển khai|thực hiện|ban hành|cập nhật|giải quyết) chậm", [
    "Gửi báo cáo chậm 5 ngày",
    "Cập nhật chậm",
  ]),
  exactStatus("caveat", "chậm (# ngày|trễ|so với|tiến độ)", [
    "Nộp hồ sơ chậm 3 ngày so với quy định",
    "Chậm tiến độ",
    "Chậm so với kế hoạch",
  ]),
  status("caveat", "hạn chế", ["Chất lượng hạn chế"]),

  // ---- hedges: largely, not wholly, done ----
  // Folded, "cơ bản" (basically) is "có bản" (has a copy).
  exactStatus("hedge", "cơ bản (hoàn thành|đáp ứng|đạt|đảm bảo|thực hiện)", [
    { text: "Cơ bản hoàn thành", note: "hedged: mostly done" },
    "Cơ bản đáp ứng yêu cầu",
  ]),

  // ---- negations: the thing was not done ----
  status("negated", "(vẫn chưa|còn chưa|chưa được|chưa) {unfinished}", [
    "Chưa hoàn thành",
    "Chưa thực hiện",
    "Vẫn chưa được công nhận",
  ]),
  status("negated", "(không được|không) {unachieved}", [
    "Không đạt",
    "Không hoàn thành",
    { text: "Không đúng thời gian quy định", note: "late: a shortfall" },
  ]),
  status("negated", "^{negation} [có]$", [
    { text: "Không có", note: "none occurred: after a zero target, the target is met" },
    "Chưa",
  ]),

  // ---- in progress: begun, not finished ----
  status("in-progress", "đang {ongoing}", [
    "Đang thực hiện",
    "Đang triển khai thực hiện, dự kiến hoàn thành trong quý IV",
  ]),
  status("in-progress", "chờ (phê duyệt|công nhận|kết quả|huyện|tỉnh|cấp trên|thẩm định)", [
    "Chờ huyện thẩm định",
    "Đã nộp hồ sơ, chờ công nhận",
  ]),
  status("in-progress", "chưa xong", ["Chưa xong"]),
  status("in-progress", "tiếp tục (thực hiện|triển khai)", ["Tiếp tục thực hiện trong năm 2025"]),
  status("in-progress", "(dự kiến|sẽ|phấn đấu|kế hoạch) (hoàn thành|xong|thực hiện xong)", [
    "Dự kiến hoàn thành trong quý IV",
    "Sẽ hoàn thành trước 31/12",
    "Phấn đấu hoàn thành",
  ]),

  // ---- done ----
  status("done-action", "(đã|được|đều) [được] {action}", [
    "Đã thực hiện xong",
    "Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2024",
    "Đều được kiểm tra",
  ]),
  status("done", "hoàn thành", ["Hoàn thành", "Thu ngân sách hoàn thành 100%"]),
  status("done", "xong", ["Xong", "Làm xong trong tháng 6"]),
  status(
    "done",
    "(thực hiện|triển khai|hoạt động|duy trì|vận hành) …20 (tốt|hiệu quả|nghiêm túc|đúng quy định|đầy đủ)",
    ["Thực hiện tốt việc ký số các giao dịch với kho bạc theo quy định.", "Duy trì hoạt động hiệu quả"],
  ),
  status("done", "(đảm bảo|bảo đảm)", ["Thực hiện đảm bảo theo quy định", "Bảo đảm an toàn thông tin"]),
  status("done", "đúng [theo] quy định", ["Công khai đầy đủ, đúng quy định"]),
  status("done", "đúng kế hoạch", ["Hoàn thành đúng kế hoạch"]),
  status("done", "theo [đúng] (quy định|kế hoạch|hướng dẫn)", [
    "Đã duy trì, áp dụng theo đúng quy định",
    "Tổ chức theo hướng dẫn của huyện",
  ]),
  status("done", "đầy đủ", ["Niêm yết đầy đủ"]),
  status("done", "kịp thời", ["Cập nhật kịp thời"]),
  status("done", "thường xuyên", ["Thực hiện thường xuyên"]),
  status("done", "hiệu quả", ["Trang thông tin điện tử hoạt động hiệu quả"]),
  status("done", "nghiêm túc", ["Chấp hành nghiêm túc"]),
  status("done", "vượt (chỉ tiêu|kế hoạch|mức)", ["Vượt chỉ tiêu", "Vượt kế hoạch đề ra"]),
  status("done", "^(đạt|có|ok|xong|tốt|vượt)$", ["Đạt", "Tốt", "Có"]),
  status("done", "^đạt [yêu cầu]", ["Đạt yêu cầu", "Đạt 83,3%"]),

  // ---- reported: an action told without a judgement of its own ----
  ...(
    [
      ["ban hành", "Ban hành Kế hoạch CCHC năm 2024"],
      ["tổ chức", "Tổ chức 03 hội nghị"],
      ["triển khai", "Triển khai phần mềm quản lý văn bản"],
      ["thực hiện", "Thực hiện theo Thông tư số 01/2018/TT-VPCP"],
      ["công khai", "Công khai 100% số TTHC"],
      ["cập nhật", "Cập nhật thông tin lên Cổng dịch vụ công"],
      ["rà soát", "Rà soát 12 thủ tục hành chính"],
      ["kiểm tra", "Kiểm tra 04 bộ phận"],
      ["tuyên truyền", "Tuyên truyền trên loa truyền thanh"],
      ["đánh giá", "Đánh giá, xếp loại công chức cuối năm"],
      ["ký số", "Ký số 100% văn bản đi"],
      ["tiếp nhận", "Tiếp nhận 1.240 hồ sơ"],
      ["giải quyết", "Giải quyết 1.238 hồ sơ"],
      ["niêm yết", "Niêm yết công khai tại Bộ phận Một cửa"],
      ["xây dựng", "Xây dựng mô hình Dân vận khéo"],
      ["cung cấp", "Cung cấp dịch vụ công trực tuyến toàn trình"],
      ["sử dụng", "Sử dụng hộp thư công vụ"],
      ["ứng dụng", "Ứng dụng phần mềm một cửa điện tử"],
      ["duy trì", "Duy trì Hệ thống quản lý chất lượng ISO"],
      ["phát sinh", "Phát sinh 24 hồ sơ liên thông"],
      ["áp dụng", "Áp dụng quy trình ISO"],
      ["bố trí", "Bố trí 02 công chức tại Bộ phận Một cửa"],
      ["kiện toàn", "Kiện toàn Ban Chỉ đạo CCHC"],
      ["tham mưu", "Tham mưu Kế hoạch kiểm tra công vụ"],
      ["phối hợp", "Phối hợp với Công an xã"],
      ["lập", "Lập danh sách đối tượng"],
      ["gửi", "Gửi báo cáo về UBND huyện"],
      ["đăng tải", "Đăng tải 156 tin, bài trên Trang thông tin điện tử"],
      ["chỉ đạo", "Chỉ đạo các thôn thực hiện"],
    ] as const
  ).map(([pattern, example]) => status("reported", pattern, [example])),
];

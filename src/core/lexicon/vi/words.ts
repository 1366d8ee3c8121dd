/** The words inside status phrases: what "chưa", "không", "đang" and "đã" go with. */
import type { WordClass } from "../types";
import { entry } from "./entry";

/** The words of denial: "không" (not) and "chưa" (not yet). */
export const negation: WordClass = [
  entry("không", "Không đạt", "Không phát sinh"),
  entry("chưa", "Chưa rõ", "Chưa phát sinh"),
];

/** Words a word gap does not cross: a clause turns at them. */
export const turn: WordClass = [
  entry("không", "Không có hồ sơ nào bị trả lại, không có hồ sơ trễ hạn"),
  entry("nhưng", "Không có hồ sơ quá hạn nhưng có 02 hồ sơ phải bổ sung"),
  entry("tuy", "Không có hồ sơ trễ hạn, tuy có phản ánh"),
];

/** What "chưa" denies: almost any action. */
export const unfinished: WordClass = [
  entry("đạt", "Chưa đạt"),
  entry("hoàn thành", "Chưa hoàn thành"),
  entry("thực hiện", "Chưa thực hiện"),
  entry("triển khai", "Chưa triển khai"),
  entry("(đảm bảo|bảo đảm)", "Chưa đảm bảo thời gian", "Chưa bảo đảm"),
  entry("đáp ứng", "Chưa đáp ứng yêu cầu"),
  entry("ban hành", "Chưa ban hành Kế hoạch"),
  entry("tổ chức", "Chưa tổ chức đối thoại"),
  entry("xây dựng", "Chưa xây dựng mô hình"),
  entry("công khai", "Chưa công khai"),
  entry("cập nhật", "Chưa cập nhật lên hệ thống"),
  entry("(áp dụng|sử dụng|ứng dụng)", "Chưa áp dụng", "Chưa sử dụng chữ ký số"),
  entry("kiện toàn", "Chưa kiện toàn Ban Chỉ đạo"),
  entry("bố trí", "Chưa bố trí đủ công chức"),
  entry("[được] công nhận", "Chưa được công nhận", "Sáng kiến chưa công nhận"),
  entry("thành lập", "Chưa thành lập Tổ công nghệ số cộng đồng"),
  entry("có sáng kiến", "Chưa có sáng kiến"),
  entry("ký số", "Chưa ký số"),
  entry("kết nối", "Chưa kết nối liên thông"),
  entry("hoạt động", "Chưa hoạt động"),
  entry("thường xuyên", "Cập nhật chưa thường xuyên"),
  entry("duy trì", "Chưa duy trì"),
  entry(
    "đúng (quy định|thời gian|thời hạn|hạn|kế hoạch)",
    "Chưa đúng quy định",
    "Báo cáo chưa đúng thời gian",
  ),
];

/** What "không" denies: only words of achievement ("không ban hành văn bản nào" is a fact, not a failure). */
export const unachieved: WordClass = [
  entry("đạt", "Không đạt"),
  entry("hoàn thành", "Không hoàn thành"),
  entry("(đảm bảo|bảo đảm)", "Không đảm bảo"),
  entry("đáp ứng", "Không đáp ứng yêu cầu"),
  entry("thực hiện", "Không thực hiện"),
  entry("triển khai", "Không triển khai"),
  entry("đúng (thời gian|thời hạn|hạn|quy định|kế hoạch)", "Không đúng thời gian quy định", "Không đúng hạn"),
  entry("kịp thời", "Không kịp thời"),
  entry("đầy đủ", "Không đầy đủ"),
  entry("duy trì", "Không duy trì"),
  entry("thường xuyên", "Không thường xuyên"),
  entry("áp dụng", "Không áp dụng"),
  entry("hiệu quả", "Hoạt động không hiệu quả"),
];

/** What "đang" leaves unfinished. */
export const ongoing: WordClass = [
  entry("thực hiện", "Đang thực hiện"),
  entry("triển khai", "Đang triển khai"),
  entry("đề nghị", "Có 01 sáng kiến đang đề nghị huyện công nhận"),
  entry("chờ", "Đang chờ kết quả"),
  entry("xây dựng", "Đang xây dựng"),
  entry("(hoàn thiện|hoàn tất)", "Đang hoàn thiện hồ sơ", "Đang hoàn tất thủ tục"),
  entry("tiến hành", "Đang tiến hành"),
  entry("(xử lý|giải quyết)", "Đang xử lý", "Đang giải quyết 02 hồ sơ"),
  entry("trình", "Đang trình UBND huyện"),
  entry("tổ chức", "Đang tổ chức"),
  entry("làm", "Đang làm"),
  entry("chuẩn bị", "Đang chuẩn bị"),
  entry("(rà soát|kiểm tra)", "Đang rà soát", "Đang kiểm tra"),
  entry("thủ tục", "Đang thủ tục công nhận"),
  entry("phối hợp", "Đang phối hợp với phòng Nội vụ"),
];

/** What "đã", "được", "đều" report as done: the clearest evidence, quoted first. */
export const action: WordClass = [
  entry("thực hiện", "Đã thực hiện xong"),
  entry("hoàn thành", "Đã hoàn thành"),
  entry("ban hành", "Đã ban hành Kế hoạch"),
  entry("tổ chức", "Đã tổ chức 02 cuộc kiểm tra"),
  entry("triển khai", "Đã triển khai"),
  entry("công khai", "Đã công khai"),
  entry("cập nhật", "Đã cập nhật"),
  entry("ký", "Đã ký số 100% văn bản", "Được ký ban hành"),
  entry("xây dựng", "Đã xây dựng"),
  entry("kiện toàn", "Đã kiện toàn"),
  entry("(rà soát|kiểm tra|đánh giá)", "Đã rà soát", "Đều được kiểm tra", "Đã đánh giá"),
  entry("tuyên truyền", "Đã tuyên truyền"),
  entry("(phê duyệt|công nhận)", "Đã được phê duyệt", "Đã được công nhận"),
  entry("(giải quyết|tiếp nhận|xử lý)", "Đã giải quyết", "Đã tiếp nhận", "Đã xử lý dứt điểm"),
  entry("(áp dụng|sử dụng|ứng dụng)", "Đã áp dụng", "Đã sử dụng", "Đã ứng dụng"),
  entry("bố trí", "Đã bố trí"),
  entry("đưa vào", "Đã đưa vào sử dụng"),
  entry("thành lập", "Đã thành lập"),
  entry("(niêm yết|đăng tải)", "Đã niêm yết", "Đã đăng tải"),
  entry("(kết nối|vận hành)", "Đã kết nối", "Đã vận hành"),
  entry("chỉ đạo", "Đã chỉ đạo"),
];

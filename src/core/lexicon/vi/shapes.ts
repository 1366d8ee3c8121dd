/**
 * How target cells and result cells begin, for telling the columns apart when no header names them: a
 * target asks ("Tối thiểu…", "Hoàn thành 100%", "Trước ngày…"), a result reports ("Đã…", "Đạt 83,3%").
 * A column is taken for a part only when most of its cells read so (src/core/header/infer.ts).
 */
import type { WordClass } from "../types";
import { entry } from "./entry";

export const targetShape: WordClass = [
  entry(
    "^(tối thiểu|tối đa|ít nhất|không dưới|không thấp hơn|không quá|không vượt quá|dưới|trên|từ)",
    "Tối thiểu 01 sáng kiến",
    "Không dưới 90%",
    "Dưới 2%",
  ),
  entry("^đạt (từ|trên|tối thiểu|ít nhất|không dưới)", "Đạt từ 70% trở lên", "Đạt tối thiểu 80%"),
  entry(
    "^(phấn đấu|đảm bảo|bảo đảm|duy trì|giữ vững|hướng tới)",
    "Phấn đấu đạt 100%",
    "Đảm bảo 100% hồ sơ đúng hạn",
  ),
  entry("^hoàn thành (100%|trước|trong|đúng hạn)", "Hoàn thành 100%", "Hoàn thành trước ngày 30/6"),
  entry(
    "^(trước ngày|trước|trong (tháng|quý|năm|6 tháng)|hằng (tháng|quý|năm)|định kỳ|quý #|tháng #)",
    "Trước ngày 15/12/2024",
    "Trong quý I/2024",
    "Hằng quý",
  ),
  entry("^# (lần|cuộc|kỳ|báo cáo|văn bản)/(năm|quý|tháng)", "01 lần/năm", "04 báo cáo/năm"),
];

export const resultShape: WordClass = [
  entry("^(đã|đã được|đạt được|được)", "Đã ban hành Kế hoạch số 12/KH-UBND", "Được UBND huyện công nhận"),
  entry("^(đạt|bằng) #", "Đạt 83,3%", "Bằng 95% kế hoạch"),
  entry(
    "^(hoàn thành|thực hiện|tổ chức|ban hành) (ngày|vào ngày|xong|tốt|đúng|đạt)",
    "Hoàn thành ngày 20/12",
    "Thực hiện tốt",
  ),
  entry("^(chưa|không đạt|không hoàn thành|không thực hiện)", "Chưa thống kê được", "Không đạt"),
  entry("^(đang|tiếp tục|bước đầu|cơ bản)", "Đang triển khai", "Cơ bản hoàn thành"),
  entry("^(kết quả|trong năm|năm #|tính đến|lũy kế)", "Kết quả: 5/6 nhiệm vụ", "Tính đến 30/11: 24 hồ sơ"),
];

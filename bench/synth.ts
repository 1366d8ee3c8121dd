/**
 * Synthetic appendices for the benchmark: a title block, the header, Roman-numeral sections every 10–30
 * tasks (numbered afresh in each section), and tasks whose targets and results come from many templates with random numbers, so that phrases
 * rarely repeat exactly. Page-break continuation rows and skipped numbers appear now and then, as in real
 * appendices. Everything is drawn from a seeded PRNG: the same size and seed give the same grid.
 */
import type { Cell, CellInput, SheetInput } from "../src/core";
import { createRng, type Rng } from "./prng";

export interface SynthOptions {
  readonly seed?: number;
  /** Share of tasks followed by an unnumbered continuation row. */
  readonly continuationRate?: number;
  /** Share of task numbers skipped (the number is missing from the sequence). */
  readonly gapRate?: number;
}

export interface SynthAppendix {
  readonly sheet: SheetInput;
  /** Numbered tasks in the grid: what the engine should find. */
  readonly tasks: number;
  readonly sections: number;
  readonly continuations: number;
  readonly gaps: number;
}

type Row = CellInput[];
type Pair = readonly [target: CellInput, result: CellInput];

// ---- numbers written the Vietnamese way ------------------------------------------------------------

/** 1240 → "1.240". */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 83.333, 2 → "83,33"; whole numbers stay whole ("100"). */
function decimal(x: number, decimals: number): string {
  const fixed = x.toFixed(decimals);
  const trimmed = decimals > 0 ? fixed.replace(/\.?0+$/, "") : fixed;
  return trimmed.replace(".", ",");
}

/** Official style: counts below ten get a leading zero ("05"). */
function count(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function date(rng: Rng): string {
  const d = rng.int(1, 28);
  const m = rng.int(1, 12);
  return rng.chance(0.5) ? `${count(d)}/${count(m)}/2024` : `${d}/${m}/2024`;
}

function documentRef(rng: Rng): string {
  const kind = rng.pick(["Kế hoạch", "Quyết định", "Công văn", "Báo cáo", "Thông báo"]);
  const code = rng.pick(["KH-UBND", "QĐ-UBND", "UBND-VP", "BC-UBND", "TB-UBND"]);
  return `${kind} số ${rng.int(1, 350)}/${code} ngày ${date(rng)}`;
}

function percentText(rng: Rng, value: number): string {
  const decimals = rng.pick([0, 1, 2, 2]);
  const spaced = rng.chance(0.15) ? " %" : "%";
  return `${decimal(value, decimals)}${spaced}`;
}

// ---- task text ------------------------------------------------------------------------------------

const CONTENT_HEADS = [
  "Đề xuất các giải pháp, sáng kiến trong công tác cải cách hành chính",
  "Bám sát các nhiệm vụ đề ra tại Kế hoạch CCHC năm 2024, triển khai thực hiện đảm bảo hiệu quả, chất lượng",
  "Hoàn thành các nhiệm vụ được UBND huyện giao",
  "Thực hiện tự kiểm tra công tác CCHC, kiểm tra công vụ năm 2024",
  "Nâng cao chất lượng, hiệu quả công tác xây dựng và ban hành văn bản QPPL",
  "Công khai đầy đủ, đúng quy định toàn bộ TTHC thuộc thẩm quyền giải quyết",
  "Kịp thời kiến nghị, đề xuất đơn giản hóa thủ tục hành chính",
  "Nâng cao tỷ lệ hồ sơ tiếp nhận, giải quyết và trả kết quả đúng hạn",
  "Đẩy mạnh thực hiện liên thông giải quyết TTHC",
  "Kiểm tra, giám sát đội ngũ cán bộ, công chức, viên chức trong thực thi công vụ",
  "Thực hiện việc đánh giá, xếp loại cán bộ, công chức",
  "Thực hiện sắp xếp lại, xử lý nhà, đất theo đúng quy định",
  "Tỷ lệ cán bộ, công chức sử dụng thư điện tử trong thực thi công vụ",
  "Tạo, lập hồ sơ công việc điện tử; lưu trữ hồ sơ điện tử",
  "Nâng cao hiệu quả hoạt động của Trang thông tin điện tử",
  "Sử dụng chữ ký số trên văn bản điện tử",
  "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ",
  "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết TTHC",
  "Tỷ lệ thanh toán trực tuyến phí, lệ phí",
  "Số hóa hồ sơ, kết quả giải quyết TTHC",
  "Đảm bảo hoàn thành chỉ tiêu phát triển KT-XH do HĐND xã giao",
  "Hoàn thành chỉ tiêu thu ngân sách được giao",
  "Tổ chức tuyên truyền về cải cách hành chính",
  "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức",
  "Tổ chức đối thoại giữa Chủ tịch UBND với Nhân dân",
  "Bồi dưỡng, tập huấn nghiệp vụ cho cán bộ, công chức",
  "Duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
  "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều",
  "Thực hiện chế độ báo cáo định kỳ về CCHC đúng thời gian quy định",
];

const CONTENT_TAILS = [
  "",
  " trên địa bàn xã",
  " theo đúng quy định",
  " đảm bảo hiệu quả, chất lượng",
  " năm 2024",
  " theo Kế hoạch của UBND huyện",
  "; đôn đốc, hướng dẫn các bộ phận chuyên môn thuộc UBND xã thực hiện",
  " tại Bộ phận Tiếp nhận và Trả kết quả",
];

const CONTINUED_TEXT = [
  "thống nhất, hiệu quả và tính khả thi của hệ thống văn bản",
  "điện tử lưu trữ theo hướng dẫn và xử lý trên môi trường mạng",
  "theo hướng dẫn của UBND huyện và các cơ quan chuyên môn",
  "đảm bảo đúng tiến độ, thời gian quy định",
];

const NOUNS = [
  ["sáng kiến", "Có"],
  ["cuộc kiểm tra", "Đã tổ chức"],
  ["hội nghị", "Tổ chức được"],
  ["lớp tập huấn", "Đã mở"],
  ["buổi đối thoại", "Tổ chức"],
  ["tin, bài", "Đăng tải"],
  ["văn bản", "Ban hành"],
] as const;

const QUALITATIVE_TARGETS = [
  "Hoàn thành kế hoạch giao",
  "Đảm bảo theo quy định",
  "Đảm bảo theo quy định của tỉnh",
  "Công khai đầy đủ, đúng quy định",
  "Tăng cường công tác kiểm tra công vụ",
  "Có kiến nghị đề xuất",
  "Trang thông tin hoạt động hiệu quả, thường xuyên cập nhật tin, bài",
  "Đánh giá đúng quy định theo Nghị định số 48/2023/NĐ-CP",
  "Thực hiện đúng quy định tại Nghị định số 61/2018/NĐ-CP và Thông tư số 01/2018/TT-VPCP",
  "Trong năm có phát sinh hồ sơ liên thông",
  "Duy trì thường xuyên",
  "Thực hiện nghiêm túc, kịp thời",
];

const QUALITATIVE_RESULTS = [
  "Đã thực hiện xong",
  "Đã hoàn thành",
  "Thực hiện đảm bảo theo quy định",
  "Công khai đầy đủ, đúng quy định",
  "Thực hiện tốt việc ký số các giao dịch với kho bạc theo quy định.",
  "Đã thực hiện tự kiểm tra, rà soát văn bản theo kế hoạch.",
  "Thực hiện đánh giá cán bộ, công chức đảm bảo đúng quy định, hướng dẫn của cấp trên.",
  "Trang thông tin hoạt động hiệu quả, thường xuyên cập nhật tin, bài theo quy định",
  "Đang thực hiện",
  "Chưa hoàn thành",
  "Không phát sinh",
  "Chưa thống kê được số liệu",
  "Chưa có số liệu",
  "Thực hiện tốt. Tuy nhiên, còn hạn chế trong việc cập nhật dữ liệu.",
];

// ---- target and result pairs ----------------------------------------------------------------------

/** Pairs drawn together so results answer their targets, met or not. */
const PAIRS: readonly ((rng: Rng) => Pair)[] = [
  // 100% of tasks, result as x/y with a stated rate (sometimes inconsistent, as in real tables)
  (rng) => {
    const total = rng.int(3, 40);
    const done = rng.chance(0.6) ? total : rng.int(0, total);
    const stated = rng.chance(0.9) ? (done / total) * 100 : rng.int(50, 100);
    return [
      rng.pick([
        "Hoàn thành 100% nhiệm vụ đề ra trong kế hoạch",
        "Hoàn thành 100% nhiệm vụ huyện giao",
        "100% nhiệm vụ được hoàn thành đúng tiến độ",
      ]),
      rng.pick([
        `Hoàn thành ${done}/${total} nhiệm vụ, đạt ${percentText(rng, stated)}`,
        `Đã hoàn thành ${done}/${total} nhiệm vụ`,
        `Hoàn thành ${done}/${total} nhiệm vụ (đạt ${percentText(rng, stated)})`,
      ]),
    ];
  },
  // at-least thresholds on a rate
  (rng) => {
    const threshold = rng.pick([50, 60, 70, 80, 85, 90, 95, 98]) + (rng.chance(0.2) ? rng.int(1, 4) : 0);
    const actual = rng.chance(0.65) ? threshold + rng.next() * (100 - threshold) : rng.next() * threshold;
    return [
      rng.pick([
        `Đạt từ ${threshold}%`,
        `Từ ${threshold} % trở lên`,
        `Phấn đấu đạt ${threshold}% trở lên`,
        `≥ ${threshold}%`,
        `Trên ${threshold}%`,
        `Tối thiểu ${threshold}%`,
        `Không thấp hơn ${threshold}%`,
        `Tính tỷ lệ % giữa số hồ sơ đã giải quyết trực tuyến so với tổng số hồ sơ đã tiếp nhận, giải quyết trong năm đạt từ ${threshold}%`,
      ]),
      rng.pick([
        `Đạt ${percentText(rng, actual)}`,
        `Tỷ lệ hồ sơ trực tuyến đạt ${percentText(rng, actual)}`,
        `${percentText(rng, actual)}`,
        `Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt ${percentText(rng, actual)}`,
      ]),
    ];
  },
  // a rate stored as a number by Excel
  (rng) => {
    const threshold = rng.pick([70, 80, 90, 95, 100]);
    const share = Math.round(rng.next() * 10000) / 10000;
    const cell: Cell = { value: share, text: `${decimal(share * 100, 2)}%`, numberFormat: "0.00%" };
    return [`${threshold}%`, cell];
  },
  // upper limits
  (rng) => {
    const limit = rng.int(1, 10);
    const actual = rng.next() * limit * 1.6;
    return [
      rng.pick([`Dưới ${limit}%`, `Không quá ${limit}%`, `≤ ${limit}%`, `Giảm xuống dưới ${limit}%`]),
      rng.pick([`${percentText(rng, actual)}`, `Tỷ lệ hộ nghèo còn ${percentText(rng, actual)}`]),
    ];
  },
  // 100% of a population, with "not yet 100%" now and then
  (rng) => [
    rng.pick([
      "100% cán bộ, công chức sử dụng thư điện tử trong thực thi công vụ",
      "100% văn bản được ký số đúng quy định",
      "Công khai 100% số TTHC",
      "100%",
    ]),
    rng.pick([
      "Chưa đạt 100%",
      `Đã thực hiện đạt ${percentText(rng, 100 - rng.next() * 20)}`,
      "100% văn bản được ký số đúng quy định",
      "Công khai 100% số TTHC, đảm bảo đúng quy định",
      "Đạt 100%",
    ]),
  ],
  // counts
  (rng) => {
    const [noun, verb] = rng.pick(NOUNS);
    const wanted = rng.int(1, 6);
    const got = rng.int(0, wanted + 3);
    return [
      rng.pick([
        `Tối thiểu có ${count(wanted)} ${noun}`,
        `Ít nhất ${count(wanted)} ${noun}`,
        `${count(wanted)} ${noun}/năm`,
        `Tổ chức ${count(wanted)} ${noun}`,
      ]),
      rng.pick([
        `${verb} ${count(got)} ${noun}`,
        `${verb} ${count(got)} ${noun}, đang đề nghị huyện công nhận`,
        `Trong năm đã thực hiện ${count(got)} ${noun}`,
      ]),
    ];
  },
  // ranges and approximate values
  (rng) => {
    const low = rng.int(40, 80) / 10;
    const high = low + rng.int(1, 4) / 10;
    const actual = low - 0.5 + rng.next() * 1.5;
    return [
      rng.pick([
        `${decimal(low, 1)}-${decimal(high, 1)}`,
        `${decimal(low, 1)} - ${decimal(high, 1)}%`,
        `Khoảng ${Math.round(low)}`,
      ]),
      `Đạt ${decimal(actual, 2)}%`,
    ];
  },
  // zero targets
  (rng) => [
    rng.pick([
      "Không có hồ sơ quá hạn",
      "Không có hồ sơ trả kết quả quá hạn",
      "Không để xảy ra sai sót",
      "0 hồ sơ trễ hạn",
    ]),
    rng.pick([
      "Không có hồ sơ quá hạn.",
      `UBND xã thực hiện tốt việc tiếp nhận, giải quyết và trả kết quả hồ sơ TTHC đúng quy định. Không có hồ sơ quá hạn.`,
      `Có ${count(rng.int(1, 12))} hồ sơ quá hạn`,
      `Tiếp nhận ${thousands(rng.int(300, 4000))} hồ sơ, giải quyết đúng hạn 100%`,
    ]),
  ],
  // qualitative targets and results, with document numbers and dates that are not fractions
  (rng) => [
    rng.pick(QUALITATIVE_TARGETS),
    rng.pick([
      rng.pick(QUALITATIVE_RESULTS),
      `UBND xã ban hành ${documentRef(rng)} tự kiểm tra công vụ. Đã tổ chức kiểm tra ngày ${date(rng)}.`,
      `Thực hiện theo ${documentRef(rng)}; đảm bảo đúng quy định`,
      `Trong năm, đã phát sinh ${rng.int(1, 90)} hồ sơ liên thông lĩnh vực đất đai; ${rng.int(1, 90)} hồ sơ liên thông lĩnh vực hộ tịch.`,
    ]),
  ],
  // caveats
  (rng) => [
    "Hoàn thành 100% chỉ tiêu đề ra",
    rng.pick([
      "Thực hiện tốt các nhiệm vụ phát triển kinh tế - xã hội. Tuy nhiên, có một số chỉ tiêu chưa đạt 100% KH đề ra.",
      `Thu ngân sách hoàn thành ${percentText(rng, 80 + rng.next() * 40)} dự toán`,
      `Hoàn thành ${rng.int(10, 20)}/${rng.int(18, 22)} chỉ tiêu, còn hạn chế ở chỉ tiêu thu ngân sách`,
      "Thu ngân sách hoàn thành 100%",
    ]),
  ],
  // thousands in counts of files, against a rate target
  (rng) => {
    const received = rng.int(500, 9000);
    const onTime = received - rng.int(0, 40);
    return [
      rng.pick(["Phấn đấu đạt 98% trở lên", "Trên 95%", "100% hồ sơ giải quyết đúng hạn"]),
      `Tiếp nhận ${thousands(received)} hồ sơ, giải quyết đúng hạn ${thousands(onTime)} hồ sơ, đạt ${decimal((onTime / received) * 100, 2)}%`,
    ];
  },
  // missing cells
  (rng) =>
    rng.pick<Pair>([
      ["", rng.pick(QUALITATIVE_RESULTS)],
      [rng.pick(QUALITATIVE_TARGETS), ""],
      [`Đạt từ ${rng.int(50, 95)}%`, null],
      [null, "Thực hiện đảm bảo theo quy định"],
    ]),
];

const PLACES = [
  "Phú Đình",
  "Bảo Linh",
  "Điềm Mặc",
  "Tân Dương",
  "Quy Kỳ",
  "Kim Phượng",
  "Trung Hội",
  "Sơn Phú",
];
const UNITS = ["xã", "phường", "thị trấn", "UBND xã", "UBND huyện"];

/** Qualifiers officers add to a phrase; they carry document numbers and dates the engine must not read. */
const QUALIFIERS: readonly ((rng: Rng) => string)[] = [
  () => " năm 2024",
  (rng) => ` trên địa bàn ${rng.pick(["xã", "phường", "thị trấn"])} ${rng.pick(PLACES)}`,
  (rng) => ` theo Kế hoạch số ${rng.int(1, 350)}/KH-UBND`,
  (rng) => ` (theo ${documentRef(rng)})`,
  (rng) => ` của ${rng.pick(UNITS)} ${rng.pick(PLACES)}`,
  (rng) => ` đến ngày ${date(rng)}`,
  () => " theo quy định",
];

/** Most text cells get a qualifier, so that phrases rarely repeat exactly, as across many real tables. */
function vary(rng: Rng, cell: CellInput): CellInput {
  if (typeof cell !== "string" || cell.trim() === "" || !rng.chance(0.7)) return cell;
  const qualifier = rng.pick(QUALIFIERS)(rng);
  // Before a closing full stop, or at the end.
  return cell.endsWith(".") ? `${cell.slice(0, -1)}${qualifier}.` : `${cell}${qualifier}`;
}

function pairFor(rng: Rng): Pair {
  const pair = rng.pick(PAIRS)(rng);
  // Now and then a target and a result from unrelated templates, as happens in copied tables.
  const result = rng.chance(0.08) ? rng.pick(PAIRS)(rng)[1] : pair[1];
  return [vary(rng, pair[0]), vary(rng, result)];
}

function content(rng: Rng): string {
  let text = rng.pick(CONTENT_HEADS) + rng.pick(CONTENT_TAILS);
  if (rng.chance(0.2)) text += `; thực hiện theo ${documentRef(rng)}`;
  return text;
}

// ---- the grid -------------------------------------------------------------------------------------

const ROMAN: readonly (readonly [number, string])[] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** Section numerals as tables write them: I to XXXIX (L, C, D and M are not used for sections). */
export const MAX_SECTION_NUMERAL = 39;

/** 1 → "I", 39 → "XXXIX". */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SECTION_NUMERAL) {
    throw new RangeError(`Section numerals run from 1 to ${MAX_SECTION_NUMERAL}, got ${n}.`);
  }
  let rest = n;
  let out = "";
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const SECTION_TITLES = [
  "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
  "CẢI CÁCH THỂ CHẾ",
  "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
  "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC",
  "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
  "CẢI CÁCH TÀI CHÍNH CÔNG",
  "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
  "TÁC ĐỘNG CẢI CÁCH HÀNH CHÍNH ĐẾN KINH TẾ - XÃ HỘI",
];

export function makeAppendix(tasks: number, options: SynthOptions = {}): SynthAppendix {
  if (!Number.isInteger(tasks) || tasks < 1)
    throw new RangeError(`tasks must be a whole number ≥ 1, got ${tasks}.`);
  const rng = createRng(options.seed ?? 20241128);
  const continuationRate = options.continuationRate ?? 0.01;
  const gapRate = options.gapRate ?? 0.003;

  const rows: Row[] = [
    ["PHỤ LỤC"],
    ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH DUY TRÌ, CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CẢI CÁCH"],
    ["HÀNH CHÍNH, CHỈ SỐ HÀI LÒNG VỀ SỰ PHỤC VỤ HÀNH CHÍNH XÃ TỔNG HỢP NĂM 2024"],
    ["(Kèm theo Báo cáo số /BC-UBND ngày tháng 11 năm 2024 của UBND xã Tổng Hợp)"],
    ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
  ];

  let ordinal = 0;
  let sections = 0;
  let continuations = 0;
  let gaps = 0;
  let untilSection = 0;
  for (let made = 0; made < tasks; made++) {
    if (untilSection === 0) {
      // Task numbers restart in each section, as in longer appendices; numerals cycle past XXXIX.
      rows.push([roman((sections % MAX_SECTION_NUMERAL) + 1), rng.pick(SECTION_TITLES), "", ""]);
      sections++;
      untilSection = rng.int(10, 30);
      ordinal = 0;
    }
    untilSection--;
    ordinal++;
    // Never skip a section's first number: a gap needs a number before it.
    if (ordinal > 1 && rng.chance(gapRate)) {
      ordinal++;
      gaps++;
    }
    const [target, result] = pairFor(rng);
    const ordinalCell: CellInput = rng.chance(0.1) ? ordinal : String(ordinal);
    rows.push([ordinalCell, content(rng), target, result]);
    if (rng.chance(continuationRate)) {
      continuations++;
      const text = rng.pick(CONTINUED_TEXT);
      // A page break splits either the task text or the requirement, as in the seed appendix.
      rows.push(rng.chance(0.5) ? ["", text, "", ""] : ["", "", text, ""]);
    }
  }

  return { sheet: { cells: rows, sheetName: `Phụ lục (${tasks})` }, tasks, sections, continuations, gaps };
}

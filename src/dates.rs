//! Absolute calendar expressions: "18-1", "14/05/2021", "22.11.2024",
//! "ngày 28/2/2025", "tháng 8/2024", "quý I/2026", "năm 2012", "2011-2016".

use crate::entities::{Entity, EntityType};
use crate::normalize::{Normalized, Span};
use regex::Regex;
use std::sync::OnceLock;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Alternatives longest first; runs on the folded text.
        Regex::new(
            r"(?x)
            (?:ngày\ )?[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\ ?-\ ?[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}
          | (?:ngày\ )?[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}\ ?-\ ?[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}
          | (?:ngày\ )?[0-9]{1,2}\.[0-9]{1,2}\ -\ [0-9]{1,2}\.[0-9]{1,2}(?:\.[0-9]{4})?
          | (?:ngày\ )?[0-9]{1,2}/[0-9]{1,2}\ -\ [0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{4})?
          | (?:ngày\ )?[0-9]{1,2}\ ?-\ ?[0-9]{1,2}[/.][0-9]{1,2}(?:[/.][0-9]{4})?
          | (?:ngày\ )?[0-9]{1,2}\ tháng\ [0-9]{1,2}\ năm\ [0-9]{4}
          | (?:ngày\ )?[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}
          | (?:ngày\ )?[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}
          | (?:ngày\ )?[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}
          | quý\ (?:iv|iii|ii|i|[1-4])(?:[/-][0-9]{4}|\ năm\ [0-9]{4})?
          | tháng\ [0-9]{1,2}(?:[/.]\ ?[0-9]{4}|\ ?-\ ?[0-9]{4}|\ năm\ [0-9]{4})?
          | tháng\ (?:giêng|chạp|mười\ một|mười\ hai|mười|hai|ba|tư|năm|sáu|bảy|tám|chín)(?:\ năm\ [0-9]{4})?
          | (?:năm\ )?[0-9]{4}\ ?-\ ?[0-9]{4}
          | (?:ngày\ )?[0-9]{1,2}[/-][0-9]{1,2}
          | (?:ngày\ )?[0-9]{1,2}\.[0-9]{1,2}
          | (?:năm\ )?[0-9]{4}
        ",
        )
        .expect("date pattern")
    })
}

/// Words after a number that make it a quantity, not a year.
const UNITS: [&str; 15] = [
    "người", "tỷ", "triệu", "nghìn", "đồng", "ha", "km", "tấn", "usd", "%", "cán", "hộ", "căn",
    "m", "tuổi",
];

/// Words before a number pair that make it a grade or a range of levels:
/// "gió mạnh cấp 8-10", "lô 11-2", "thương binh 1/4".
const GRADES: [&str; 3] = ["cấp", "lô", "binh"];

/// Holidays named by their day and month ("Quốc khánh 2-9", "nghỉ lễ
/// 2/9", dev13, dev52). A day's name followed by its date ("Ngày Doanh nhân
/// Việt Nam 13/10", dev506) gives the date, so those names are not here.
const HOLIDAYS: [&str; 2] = ["quốc khánh", " lễ"];

pub fn find(norm: &Normalized) -> Vec<Entity> {
    let f = &norm.folded;
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(m) = pattern().find_at(f, at) {
        at = m.end();
        let (mut s, e) = (m.start(), m.end());
        let before = f[..s].chars().next_back();
        let after = f[e..].chars().next();
        let after2 = f[e..].chars().nth(1);
        if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | ',' | '-' | ':'))
            || after.is_some_and(|c| c.is_alphanumeric())
            // "18:11" is a time; "tháng 8/2016: Thủ trưởng…" ends a clause.
            || (matches!(after, Some('/' | '.' | ',' | '-' | ':'))
                && after2.is_some_and(|c| c.is_ascii_digit()))
        {
            continue;
        }
        let body = m.as_str();
        // "tháng Tám", "tháng Ba năm 2025": a month by its name, written
        // with a capital ("tháng năm" is prose); "Cách mạng Tháng Tám" is an
        // event.
        if body.starts_with("tháng ")
            && !body["tháng ".len()..].starts_with(|c: char| c.is_ascii_digit())
        {
            let name_at = s + "tháng ".len();
            let capital = norm.text[name_at..].starts_with(char::is_uppercase);
            if !capital || f[..s].trim_end().ends_with("cách mạng") {
                // ("9 tháng năm 2016": prose, and the year after it is
                // looked for again.)
                at = name_at;
                continue;
            }
        } else if !valid(body) {
            continue;
        }
        // "Công văn số 2080/UBND-KTTH": a document's number.
        if after == Some('/') {
            continue;
        }
        // A day and month with no year or "ngày": a grade ("cấp 8-10") or a
        // range of quantities ("trẻ 1-4 tuổi") when the words say so.
        let bare_pair =
            !body.starts_with("ngày") && numbers(body).len() == 2 && !body.contains(' ');
        if bare_pair {
            // "Quốc khánh 2-9": a holiday's name (a year makes it the day
            // itself).
            if HOLIDAYS.iter().any(|h| f[..s].trim_end().ends_with(h)) {
                continue;
            }
            let prev = f[..s].trim_end().rsplit(' ').next().unwrap_or("");
            let next_word = word_after(f, e);
            if GRADES.contains(&prev) || UNITS.contains(&next_word) {
                continue;
            }
        }
        // "19.9" is a date only where a date is expected: after "ngày" or a
        // time of day ("sáng nay, 19.9"); elsewhere it is a number.
        if is_dotted_day_month(body) && !after_time_word(&f[..s]) {
            continue;
        }
        // "5 năm 2016-2020": "năm" belongs to the duration, not the date.
        // ("Trong 2 ngày 26 - 27.3": "ngày" counts the days, too.)
        let lead = ["năm ", "tháng ", "ngày "]
            .iter()
            .find(|w| body.starts_with(*w));
        if let Some(w) = lead {
            let prev = f[..s].trim_end().rsplit(' ').next().unwrap_or("");
            // (A document number, "Công điện số 1300 ngày 24/9", counts nothing.)
            // ("Chỉ thị số 45 ngày 14.4": the number is the document's.)
            let numbered = f[..s]
                .trim_end()
                .strip_suffix(prev)
                .is_some_and(|b| b.ends_with(" số "));
            let count = !prev.is_empty()
                && prev.chars().all(|c| c.is_ascii_digit())
                && (*w != "ngày " || prev.len() <= 2)
                && !numbered;
            // ("vào lớp 10 năm 2012": before one year, "năm" names it.)
            let one_year = *w == "năm " && body.len() == "năm 2012".len();
            if count && !one_year {
                if body.starts_with("tháng ") {
                    continue;
                }
                s += w.len();
            }
        }
        let digits: String = body.chars().filter(|c| c.is_ascii_digit()).collect();
        if digits.len() == 4 && body.chars().all(|c| c.is_ascii_digit()) {
            // A bare number is a year only in a plausible range and not
            // before a unit ("2000 người").
            let y: u32 = digits.parse().unwrap_or(0);
            let next_word = word_after(f, e);
            if !(1900..=2100).contains(&y) || UNITS.contains(&next_word) {
                continue;
            }
        }
        // ("công khai 1-2 vụ việc", "3-5 người": a range of a count, no
        // day and month.)
        let pair = body.split(['-', '/', '.']).count() == 2
            && body
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.'));
        if pair && {
            let next_word = word_after(f, e);
            UNITS.contains(&next_word) || matches!(next_word, "vụ" | "lần" | "chiếc")
        } {
            continue;
        }
        // "ngày 14.1 Tháng Giêng": a day written with its (lunar) month's
        // name is one date.
        if let Some(last) = out.last_mut().filter(|l: &&mut Entity| {
            l.span.end + 1 == s && body.starts_with("tháng ") && &f[l.span.end..s] == " "
        }) {
            last.span.end = e;
            last.canonical.clear();
            continue;
        }
        out.push(Entity::new(
            Span::new(s, e),
            EntityType::Date,
            iso(body).unwrap_or_default(),
            "rule:date".into(),
        ));
    }
    out
}

/// The word after `at`, without the punctuation that ends a clause.
fn word_after(f: &str, at: usize) -> &str {
    f[at..]
        .trim_start()
        .split(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ';', ':'])
}

fn is_dotted_day_month(body: &str) -> bool {
    // (A range, "3 - 30.5", is a date wherever it stands.)
    // ("tháng 5.2023" names its month.)
    !body.starts_with("ngày")
        && !body.starts_with("tháng")
        && body.matches('.').count() == 1
        && !body.contains('/')
        && !body.contains('-')
}

fn after_time_word(before: &str) -> bool {
    let t = before.trim_end().trim_end_matches(',').trim_end();
    [
        "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "nay", "hôm nay", "hôm qua",
    ]
    .iter()
    .any(|w| t.ends_with(w))
}

fn numbers(s: &str) -> Vec<u32> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect()
}

fn valid(body: &str) -> bool {
    if body.starts_with("quý") {
        return true;
    }
    let n = numbers(body);
    // A range of days in one month ("1-2/12", "26 - 27.3") or between two
    // dates ("30.3 - 8.4").
    let day = |d: &u32| (1..=31).contains(d);
    let month = |m: &u32| (1..=12).contains(m);
    if let (Some(dash), Some(sep)) = (body.find('-'), body.find(['/', '.'])) {
        if dash < sep {
            return match n.as_slice() {
                [a, b, m] | [a, b, m, _] => day(a) && day(b) && a < b && month(m),
                _ => false,
            };
        }
        if (body.contains(" - ") || numbers(body).len() == 6) && !body.contains("năm") {
            return match n.as_slice() {
                [d1, m1, d2, m2] | [d1, m1, d2, m2, _] => {
                    day(d1) && month(m1) && day(d2) && month(m2) && (m1, d1) < (m2, d2)
                }
                [d1, m1, y1, d2, m2, y2] => {
                    day(d1) && month(m1) && day(d2) && month(m2) && (y1, m1, d1) < (y2, m2, d2)
                }
                _ => false,
            };
        }
    }

    if body.starts_with("tháng") {
        return n.first().is_some_and(|&m| (1..=12).contains(&m));
    }
    match n.as_slice() {
        [d, m] if *d <= 31 && body.len() <= 12 && !body.contains("năm") && *d < 100 && *m < 100 => {
            (1..=31).contains(d) && (1..=12).contains(m)
        }
        [d, m, _] => (1..=31).contains(d) && (1..=12).contains(m),
        [a, b] => a < b && *a >= 1000,
        [_] => true,
        _ => false,
    }
}

/// The date as YYYY-MM-DD when day, month and year are all given.
pub fn iso(body: &str) -> Option<String> {
    let n = numbers(body);
    match n.as_slice() {
        [d, m, y] if *y >= 1000 && (1..=31).contains(d) && (1..=12).contains(m) => {
            Some(format!("{y:04}-{m:02}-{d:02}"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(s: &str) -> Vec<String> {
        let n = Normalized::new(s);
        find(&n)
            .iter()
            .map(|e| n.text[e.span.start..e.span.end].to_string())
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Chiều 18-1, tại Hà Nội", &["18-1"]),
            ("Thu ngân sách 9 tháng năm 2016 ước đạt", &["năm 2016"]),
            ("Thứ sáu,  14/05/2021", &["14/05/2021"]),
            (
                "hơn 2.500 cán bộ vào 22.11.2024 | 18:11 PM",
                &["22.11.2024"],
            ),
            ("kế hoạch 5 năm 2016-2020", &["2016-2020"]),
            // Day ranges; "2 ngày" counts days, "số 1300" numbers a document.
            ("Trong 2 ngày 26 - 27.3, đồng chí", &["26 - 27.3"]),
            ("từ 30.3 - 8.4 và từ 3 - 30.5.", &["30.3 - 8.4", "3 - 30.5"]),
            ("tại Công điện số 1300 ngày 24/9/2020", &["ngày 24/9/2020"]),
            (
                // (Normalization reads the en dash as "-".)
                "Mặt trận (18/11/1930 – 18/11/2022), sáng",
                &["18/11/1930 - 18/11/2022"],
            ),
            // A date closing a headline's clause before a colon; a time is none.
            (
                "phiên thường kỳ tháng 8/2016: Thủ trưởng các ngành, lúc 8:30",
                &["tháng 8/2016"],
            ),
            (
                // A stray space after the slash (dev388).
                "Kết luận của BTV Huyện uỷ tháng 8/ 2021.",
                &["tháng 8/ 2021"],
            ),
            ("6 tháng đầu năm 2023", &["năm 2023"]),
            (
                "xuân Tân Mão 2011, nhiệm kỳ 2011-2016",
                &["2011", "2011-2016"],
            ),
            (
                "Ngày 28/2/2025 và tháng 8/2024, quý I/2026, Quý II-2026, (1-2/12)",
                &[
                    "Ngày 28/2/2025",
                    "tháng 8/2024",
                    "quý I/2026",
                    "Quý II-2026",
                    "1-2/12",
                ],
            ),
            ("Quyết định số 2179/QĐ-TTg, Nghị định 100/2019/NĐ-CP", &[]),
            ("ngày 14 tháng 9 năm 2011", &["ngày 14 tháng 9 năm 2011"]),
            ("2000 người, APPF-26, COVID-19, phiên bản 4.0, 1.5 lần", &[]),
            ("xử lý nghiêm, công khai 1-2 vụ việc, 3-5 người", &[]),
            ("sáng nay, 19.9, tập thể", &["19.9"]),
            // Full-date ranges, dotted or slashed, with or without spaces.
            (
                "(7.5.1954 - 7.5.2024) và (17/11/1954-17/11/2014)",
                &["7.5.1954 - 7.5.2024", "17/11/1954-17/11/2014"],
            ),
            (
                "từ tháng 5.2023 đến tháng 6-2024",
                &["tháng 5.2023", "tháng 6-2024"],
            ),
            // A document's number, a grade, a range of ages: no date.
            ("Công văn số 2080/UBND-KTTH, gió mạnh cấp 8-10", &[]),
            ("trẻ 1-4 tuổi, thương binh 1/4", &[]),
            ("vào lớp 10 năm 2012", &["năm 2012"]),
            ("Chỉ thị số 45 ngày 14.4 của Bộ Chính trị", &["ngày 14.4"]),
            (
                "chuyến thăm tháng Tám, kỳ họp tháng Ba năm 2025, Cách mạng Tháng Tám, nhiều tháng năm",
                &["tháng Tám", "tháng Ba năm 2025"],
            ),
            ("(tức ngày 14.1 Tháng Giêng)", &["ngày 14.1 Tháng Giêng"]),
            (
                "Quốc khánh 2-9, nghỉ lễ 2/9, Ngày Nhà giáo Việt Nam 20/11, ngày 2/9/1945",
                &["20/11", "ngày 2/9/1945"],
            ),
        ];
        for (input, want) in cases {
            assert_eq!(dates(input), *want, "{input}");
        }
    }

    #[test]
    fn iso_dates() {
        assert_eq!(iso("14/05/2021").as_deref(), Some("2021-05-14"));
        assert_eq!(
            iso("ngày 14 tháng 9 năm 2011").as_deref(),
            Some("2011-09-14")
        );
        assert_eq!(iso("18-1"), None);
    }
}

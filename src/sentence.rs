//! Sentence splitting and section labels (headline, body, boilerplate…).
//!
//! Sentences are contiguous, trimmed byte ranges of the normalized text,
//! never copies. A line break always ends a sentence; inside a line, '.',
//! '!', '?' and ellipses end one by the rules a Vietnamese editor would give
//! (abbreviations, initials, numbers and web addresses do not).

use crate::normalize::Span;
use rustc_hash::FxHashSet as HashSet;

/// Abbreviations that end with a period but do not end a sentence.
#[derive(Debug, Default, Clone)]
pub struct Abbreviations {
    /// Never a sentence end ("TP.", "TS.", "PGS.TS.").
    pub never: HashSet<String>,
    /// A sentence end only when a capitalised word follows ("v.v.").
    pub may_end: HashSet<String>,
}

/// What part of the article a sentence belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Title,
    Dateline,
    Heading,
    Body,
    Caption,
    Byline,
    Boilerplate,
    Duplicate,
}

impl Section {
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Title => "title",
            Section::Dateline => "dateline",
            Section::Heading => "heading",
            Section::Body => "body",
            Section::Caption => "caption",
            Section::Byline => "byline",
            Section::Boilerplate => "boilerplate",
            Section::Duplicate => "duplicate",
        }
    }
}

/// A sentence as a range of the normalized text.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Span,
    /// Index of the paragraph (non-empty line) it belongs to.
    pub para: usize,
    pub section: Section,
}

/// Markers of site furniture: a line that starts with one is boilerplate;
/// a `rest` marker makes every later line boilerplate too.
#[derive(Debug, Default, Clone)]
pub struct Furniture {
    pub line: Vec<String>,
    pub rest: Vec<String>,
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}')
}

/// Split `text` into sentences (no sections yet: all `Body`).
pub fn split(text: &str, abbr: &Abbreviations) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut para = 0;
    for line in text.split('\n') {
        let before = out.len();
        split_line(
            text,
            line_start,
            line_start + line.len(),
            abbr,
            para,
            &mut out,
        );
        if out.len() > before {
            para += 1;
        }
        line_start += line.len() + 1;
    }
    out
}

fn push_trimmed(text: &str, s: usize, e: usize, para: usize, out: &mut Vec<Sentence>) {
    let piece = &text[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Sentence {
            span: Span::new(s + lead, e - trail),
            para,
            section: Section::Body,
        });
    }
}

fn split_line(
    text: &str,
    from: usize,
    to: usize,
    abbr: &Abbreviations,
    para: usize,
    out: &mut Vec<Sentence>,
) {
    let line = &text[from..to];
    let bytes = line.as_bytes();
    let mut s = 0;
    // End punctuation, looked for byte by byte ("…" is E2 80 A6).
    let end_punct = |i: usize| match bytes[i] {
        b'.' | b'!' | b'?' => Some(1),
        0xE2 if bytes[i + 1..].starts_with(&[0x80, 0xA6]) => Some(3),
        _ => None,
    };
    // Candidates found with memchr: the three ASCII marks, and the lead
    // byte of "…" (its next place kept until passed).
    let mut lead = memchr::memchr(0xE2, bytes);
    let mut i = 0;
    while i < bytes.len() {
        if lead.is_some_and(|p| p < i) {
            lead = memchr::memchr(0xE2, &bytes[i..]).map(|k| i + k);
        }
        let mark = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map(|k| i + k);
        let Some(at) = [mark, lead].into_iter().flatten().min() else {
            break;
        };
        i = at;
        let Some(n) = end_punct(i) else {
            i += 1;
            continue;
        };
        // The run of end punctuation and closing quotes/brackets.
        let mut e = i + n;
        while e < bytes.len() {
            match end_punct(e) {
                Some(m) => e += m,
                None => break,
            }
        }
        let run = &line[i..e];
        while let Some(d) = line[e..].chars().next().filter(|&d| is_closer(d)) {
            e += d.len_utf8();
        }
        if is_boundary(line, s, i, e, run, abbr) {
            push_trimmed(text, from + s, from + e, para, out);
            s = e;
        }
        i = e;
    }
    push_trimmed(text, from + s, to, para, out);
}

/// Is there a sentence end after the punctuation run `line[i..e]`?
fn is_boundary(line: &str, s: usize, i: usize, e: usize, run: &str, abbr: &Abbreviations) -> bool {
    let rest = &line[e..];
    let next = rest.chars().next();
    let Some(next) = next else { return true };
    let next_word = rest.trim_start().chars().next();
    let ellipsis = run.contains('…') || run.starts_with("..");
    if ellipsis {
        // "…" continues before a lower-case word, ends before a capital;
        // glued to a capital after a word ("thông đường...Huyện Mù Cang
        // Chải"), it ends too.
        let after_word = line[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_lowercase);
        return match next_word {
            None => true,
            Some(w) => {
                (next.is_whitespace() && (w.is_uppercase() || w == '"' || w == '-'))
                    || (next.is_uppercase() && after_word)
            }
        };
    }
    if run.contains('!') || run.contains('?') {
        return next.is_whitespace() || next.is_uppercase();
    }
    // A single period.
    // Look back a bounded way for the token, so a huge line without spaces
    // stays linear.
    let mut lo = i.saturating_sub(64).max(s);
    while !line.is_char_boundary(lo) {
        lo += 1;
    }
    let token_start = line[lo..i]
        .rfind(char::is_whitespace)
        .map(|p| lo + p + 1)
        .unwrap_or(lo);
    let token = &line[token_start..i + 1];
    let word = token[..token.len() - 1]
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if next.is_whitespace() {
        // "khuyến cáo: 1. Trong thời gian …", a line's "2. Để cung cấp …":
        // an item's number opens its sentence, it ends none.
        // ("… trong ngày: 15. Chủ tịch …" ends at the count: after a colon
        // only a list's first number opens it.)
        let before = line[s..token_start].trim();
        let item_number = word.len() <= 2
            && word.len() + 1 == token.len()
            && word.bytes().all(|b| b.is_ascii_digit())
            && (before.is_empty() || (before.ends_with(':') && word == "1"));
        if item_number {
            return false;
        }
        if abbr.never.contains(token) || is_initial(word) {
            return false;
        }
        if abbr.may_end.contains(token) {
            return next_word.is_some_and(char::is_uppercase);
        }
        return true;
    }
    if next.is_uppercase() {
        // "ý kiến.Cùng dự": a real word glued to the next sentence; but not
        // "T.Ư", "TP.HCM", "PGS.TS" (initials and capitals abbreviations).
        let has_lower = word.chars().any(char::is_lowercase);
        return has_lower
            && word.chars().count() >= 2
            && !abbr.never.contains(token)
            && !abbr.may_end.contains(token);
    }
    false
}

/// A single capital letter before a period: an initial ("Nguyễn V. A").
fn is_initial(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// Give every sentence its section label.
pub fn label_sections(text: &str, folded: &str, sents: &mut [Sentence], furniture: &Furniture) {
    let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
    let mut in_furniture = false;
    let n = sents.len();
    let first_para = sents.first().map(|s| s.para);
    let mut title_done = false;
    for k in 0..n {
        let sp = sents[k].span;
        let t = &text[sp.start..sp.end];
        let f = &folded[sp.start..sp.end];
        let para = sents[k].para;
        let whole_line = line_is_one_sentence(sents, k);
        // ("Trả lời các nội dung công dân kiến nghị, Phó Chủ tịch … nhấn
        // mạnh, …": a marker word opening a long sentence of prose is the
        // article; furniture is a label, or a short line after it.)
        let starts_with = |list: &[String]| {
            list.iter().any(|m| {
                f.strip_prefix(m.as_str()).is_some_and(|rest| {
                    !rest.starts_with(' ')
                        || !rest[1..].starts_with(char::is_lowercase)
                        || word_count(f, 16) <= 15
                })
            })
        };
        let section = if in_furniture {
            Section::Boilerplate
        } else if starts_with(&furniture.rest) {
            in_furniture = true;
            Section::Boilerplate
        } else if starts_with(&furniture.line) {
            Section::Boilerplate
        } else if whole_line && is_dateline(f) {
            Section::Dateline
        } else if f.contains("ảnh") // (one search in the common case)
            && (f.contains("ảnh:") || f.starts_with("ảnh ") || f.contains("(ảnh"))
        {
            Section::Caption
        } else if whole_line
            && is_byline(t, f)
            && (!several_authors(t) || k + 3 >= n || (title_done && k <= 2))
        {
            Section::Byline
        } else if whole_line && !ends_with_punct(t) && word_count(t, 30) <= 30 {
            let early = Some(para) == first_para
                || (k > 0 && sents[k - 1].section == Section::Dateline && !title_done);
            if early && !title_done {
                title_done = true;
                Section::Title
            } else {
                Section::Heading
            }
        } else {
            Section::Body
        };
        if section != Section::Dateline {
            title_done = true;
        }
        // A repeat of an earlier sentence (a lead printed twice, a caption
        // repeated) is marked so that directives are not counted twice.
        let key = f.trim_start_matches(['-', ' ']);
        let dup = key.chars().nth(19).is_some() && !seen.insert(key);
        sents[k].section = if dup && section != Section::Boilerplate {
            Section::Duplicate
        } else {
            section
        };
    }
    // A lead cut short with an ellipsis and printed again in full later.
    for k in 0..n {
        if sents[k].section != Section::Body {
            continue;
        }
        let sp = sents[k].span;
        let f = &folded[sp.start..sp.end];
        let stem = f.trim_end_matches(['.', '…']).trim_end();
        if stem.len() == f.len() || stem.chars().nth(19).is_none() {
            continue;
        }
        let repeated = sents[k + 1..].iter().take(50).any(|o| {
            let of = &folded[o.span.start..o.span.end];
            of.len() > stem.len() && of.starts_with(stem)
        });
        if repeated {
            sents[k].section = Section::Duplicate;
        }
    }
}

fn line_is_one_sentence(sents: &[Sentence], k: usize) -> bool {
    let p = sents[k].para;
    (k == 0 || sents[k - 1].para != p) && (k + 1 == sents.len() || sents[k + 1].para != p)
}

fn ends_with_punct(t: &str) -> bool {
    t.trim_end_matches(is_closer)
        .ends_with(['.', '!', '?', '…', ':', ';', ','])
}

/// Words in `t`, counted up to `cap + 1`: callers only ask whether a
/// stretch is short, and reading on past the bound would be wasted.
pub fn word_count(t: &str, cap: usize) -> usize {
    t.split_whitespace().take(cap + 1).count()
}

fn is_dateline(f: &str) -> bool {
    let weekday = [
        "thứ hai",
        "thứ ba",
        "thứ tư",
        "thứ năm",
        "thứ sáu",
        "thứ bảy",
        "chủ nhật",
    ];
    let weekday_first = weekday.iter().any(|w| f.starts_with(w));
    if word_count(f, 12) > if weekday_first { 12 } else { 8 } {
        return false;
    }
    // ("Thứ hai, ngày 20 tháng 8 năm 2018 | 18:36": the date in words.)
    let has_date = f.bytes().filter(u8::is_ascii_digit).count() >= 4
        && (f.contains('/') || f.contains('-') || f.contains('.') || f.contains(" tháng "));
    has_date && (weekday_first || f.len() <= 30)
}

/// A line's parts between dashes with a space beside them ("TT-TH" is one
/// word).
fn authors(t: &str) -> Vec<&str> {
    t.split(" - ")
        .flat_map(|p| p.split("- "))
        .flat_map(|p| p.split(" -"))
        .collect()
}

/// A signature of several authors ("Hơ Jan - Trọng Nghĩa") reads like a
/// list of places ("Hà Nội - Hải Phòng - Quảng Ninh"): it is one only where
/// signatures stand, at the end of the article or under its headline.
fn several_authors(t: &str) -> bool {
    authors(t).len() > 1
}

fn is_byline(t: &str, f: &str) -> bool {
    let words = word_count(t, 8);
    if words > 8 {
        return false;
    }
    let source = f.starts_with("theo ")
        || f.starts_with("theo:")
        || f.starts_with("(theo")
        || f.starts_with("nguồn:")
        || f.starts_with("tác giả:")
        || f.starts_with("tác giả bài viết:")
        || f.starts_with("bài và ảnh:")
        || f.starts_with("tin, ảnh:");
    let site = f.contains(".vn") || f.contains(".com");
    let caps = t.chars().any(char::is_alphabetic)
        && t.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        && words <= 5;
    // A signature line: two to four capitalised words ("Việt Hưng").
    // Initials may stand for a syllable ("H.Thành", "NG. CHƯƠNG").
    let initial = |w: &str| {
        w.split_inclusive('.').count() > 1
            && w.split('.')
                .all(|p| p.is_empty() || p.starts_with(char::is_uppercase))
    };
    // (With a second author, one word may be a whole name: "H'Loan".)
    let one_name = |t: &str, several: bool| {
        let words = word_count(t, 5);
        (1..=4).contains(&words)
            && (words >= 2 || several || initial(t.trim()))
            && !t.trim_end().ends_with('.')
            && t.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '.' || c == '\'')
            })
    };
    // ("Hơ Jan - Trọng Nghĩa", "H'Loan- Tấn Sáu": two authors, a dash
    // between.)
    let authors = authors(t);
    let several = authors.len() > 1;
    let signature = authors.len() <= 3 && authors.into_iter().all(|a| one_name(a, several));
    source || (site && t.contains('/')) || caps || signature
}

#[cfg(test)]
mod tests {
    use super::*;

    fn abbr() -> Abbreviations {
        let mut a = Abbreviations::default();
        for s in ["TP.", "Tp.", "TS.", "PGS.TS.", "GS.", "ThS.", "St."] {
            a.never.insert(s.to_string());
        }
        a.may_end.insert("v.v.".to_string());
        a
    }

    fn pieces(t: &str) -> Vec<&str> {
        split(t, &abbr())
            .iter()
            .map(|s| &t[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn datelines_in_figures_or_words() {
        assert!(is_dateline("thứ hai, ngày 20 tháng 8 năm 2018 | 18:36"));
        assert!(is_dateline("04/01/2014 09:19 gmt+7"));
        assert!(!is_dateline(
            "bộ trưởng làm việc với 20 đại sứ ngày 20 tháng 8 năm 2018"
        ));
    }

    #[test]
    fn glued_period_splits() {
        assert_eq!(
            pieces("dự và phát biểu ý kiến.Cùng dự có các đồng chí Ủy viên T.Ư Đảng."),
            vec![
                "dự và phát biểu ý kiến.",
                "Cùng dự có các đồng chí Ủy viên T.Ư Đảng."
            ]
        );
    }

    #[test]
    fn glued_ellipsis_splits_before_a_capital() {
        // dev321: "thông đường...Huyện Mù Cang Chải phối hợp …".
        assert_eq!(
            pieces("với 35 điểm sạt lở để thông đường...Huyện Mù Cang Chải phối hợp."),
            vec![
                "với 35 điểm sạt lở để thông đường...",
                "Huyện Mù Cang Chải phối hợp."
            ]
        );
        // Before a lower-case word it goes on.
        assert_eq!(
            pieces("các loại cây...và hoa màu."),
            vec!["các loại cây...và hoa màu."]
        );
    }

    #[test]
    fn abbreviations_and_numbers_do_not_split() {
        assert_eq!(
            pieces("Tại TP.HCM, PGS.TS. Nguyễn V. A nói 2.500 người đến 14.05.2021."),
            vec!["Tại TP.HCM, PGS.TS. Nguyễn V. A nói 2.500 người đến 14.05.2021."]
        );
    }

    #[test]
    fn an_item_number_opens_its_sentence() {
        assert_eq!(
            pieces("UBND TP khuyến cáo: 1. Người dân không dùng nước này. 2. Thành phố bố trí xe téc. Năm 2020 có 3. Hết."),
            vec![
                "UBND TP khuyến cáo: 1. Người dân không dùng nước này.",
                "2. Thành phố bố trí xe téc.",
                "Năm 2020 có 3.",
                "Hết."
            ]
        );
    }

    #[test]
    fn ellipsis_rules() {
        assert_eq!(
            pieces("kế hoạch 2016-2020,… đòi hỏi cả hệ thống. Các báo cáo… Nhiều đề xuất."),
            vec![
                "kế hoạch 2016-2020,… đòi hỏi cả hệ thống.",
                "Các báo cáo…",
                "Nhiều đề xuất."
            ]
        );
    }

    #[test]
    fn lines_are_sentences() {
        assert_eq!(
            pieces("Tiêu đề\n\n  Theo TTXVN  \nA b./."),
            vec!["Tiêu đề", "Theo TTXVN", "A b./."]
        );
    }

    #[test]
    fn a_furniture_word_opening_prose_is_the_article() {
        let text = "Ông Phước chủ trì.\nTrả lời các nội dung công dân kiến nghị, Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Thế Phước nhấn mạnh, việc giải quyết các vụ việc cần thực hiện theo đúng quy định.\nĐồng chí giao các cơ quan chuyên môn xem xét.\nTrả lời\nBạn đọc A: bài hay.";
        let a = crate::test_pipeline().analyse(text.to_string());
        let sections: Vec<Section> = a.sentences.iter().map(|s| s.section).collect();
        assert_eq!(
            sections[1..],
            [
                Section::Body,
                Section::Body,
                Section::Boilerplate,
                Section::Boilerplate
            ]
        );
    }
}

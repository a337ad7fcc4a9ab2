//! Person names: a surname from the list followed by capitalised syllables,
//! or a capitalised run right after an honorific or an office.

use crate::dictionary::Dictionary;
use crate::entities::{Entity, EntityType, Mentions};
use crate::normalize::{word_char_at, Cover, Normalized, Span};
use crate::sentence::{Section, Sentence};

/// A syllable of the normalized text.
#[derive(Debug, Clone, Copy)]
struct Word {
    span: Span,
    cap: bool,
    all_caps: bool,
}

fn words(text: &str, within: Span) -> Vec<Word> {
    let s = &text[within.start..within.end];
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut i = 0;
    while i < bytes.len() {
        let (w, n) = word_char_at(s, i);
        i += n;
        if !w {
            continue;
        }
        let b = i - n;
        while i < bytes.len() {
            let (w, n) = word_char_at(s, i);
            // "R'Piên", "H'Hen Niê": the Central Highlands names join a
            // capital initial to the next syllable with an apostrophe.
            let glue = !w
                && i - b == 1
                && s[i..].starts_with(['\'', '’'])
                && bytes[b].is_ascii_uppercase()
                && s[i + n..].starts_with(char::is_uppercase);
            // "Ca-mi-la Mê-lan-đe": a foreign name transliterated syllable
            // by syllable, the later syllables joined small by hyphens (a
            // hyphen before a capital is a dash: "Nam-Bí thư").
            let hyphened = !w
                && bytes[i] == b'-'
                && s[b..].starts_with(char::is_uppercase)
                && s[i + 1..].starts_with(char::is_lowercase);
            if !w && !glue && !hyphened {
                break;
            }
            i += n;
        }
        let t = &s[b..i];
        let mut cs = t.chars();
        let cap = cs.next().is_some_and(char::is_uppercase);
        let all_caps = cap && cs.next().is_some_and(char::is_uppercase);
        out.push(Word {
            span: Span::new(within.start + b, within.start + i),
            cap,
            all_caps,
        });
    }
    out
}

/// A place's class word right before `at` ("huyện Mai Châu").
fn after_place_class(folded: &str, at: usize) -> bool {
    let before = folded[..at].trim_end();
    crate::entities::PLACE_CLASS.iter().any(|c| {
        before.ends_with(c)
            && before[..before.len() - c.len()]
                .chars()
                .next_back()
                .is_none_or(|ch| !ch.is_alphanumeric())
    })
}

/// Find PERSON mentions, sentence by sentence.
pub fn find(
    dict: &Dictionary,
    norm: &Normalized,
    sents: &[Sentence],
    mentions: &Mentions,
) -> Vec<Entity> {
    let text = &norm.text;
    // One-syllable places ("Đức", "Anh") do not stop a name: they are
    // given names far more often.
    // Places of several syllables block a name, except right after a
    // surname: "Trương Hòa Bình", "Nguyễn Thái Bình" are people.
    let places: rustc_hash::FxHashMap<usize, usize> = mentions
        .entities
        .iter()
        .filter(|e| e.ty == EntityType::Loc && text[e.span.start..e.span.end].contains(' '))
        .map(|e| (e.span.start, e.span.end))
        .collect();
    // District names are given names as often ("Trần Thanh Liêm", "Ngô
    // Đông Hải"): after a surname they make a name with no office before.
    let district_spans: Vec<Span> = mentions
        .entities
        .iter()
        .filter(|e| e.ty == EntityType::Loc && e.kind == "district")
        .map(|e| e.span)
        .collect();
    let districts: rustc_hash::FxHashSet<usize> = district_spans.iter().map(|s| s.start).collect();
    let district_cover = Cover::new(district_spans);
    let hard = Cover::new(
        mentions
            .entities
            .iter()
            .filter(|e| e.ty != EntityType::Loc)
            .map(|e| e.span)
            .chain(mentions.honorifics.iter().copied())
            .chain(mentions.bare_roles.iter().copied()),
    );
    let soft = Cover::new(places.iter().map(|(&s, &e)| Span::new(s, e)));
    let blocked = |sp: &Span| hard.overlaps(sp) || soft.overlaps(sp);
    // Positions where a name may follow: after honorifics and offices.
    let honorific_ends: rustc_hash::FxHashSet<usize> =
        mentions.honorifics.iter().map(|h| h.end).collect();
    let triggers: rustc_hash::FxHashSet<usize> = mentions
        .entities
        .iter()
        .filter(|e| e.ty == EntityType::Title)
        .map(|e| e.span.end)
        .chain(honorific_ends.iter().copied())
        .collect();
    let title_starts: rustc_hash::FxHashSet<usize> = mentions
        .entities
        .iter()
        .filter(|e| e.ty == EntityType::Title)
        .map(|e| e.span.start)
        .collect();
    // After a body or a country, only a name that cannot be Vietnamese
    // ("Đảng Cộng sản Pháp Fabien Roussel", "Mỹ Antony Blinken").
    let foreign_triggers: rustc_hash::FxHashSet<usize> = mentions
        .entities
        .iter()
        .filter(|e| matches!(e.ty, EntityType::Org | EntityType::Loc))
        .map(|e| e.span.end)
        .collect();
    // One-word countries: "Đại sứ Tajikistan Parviz …", "của QH Cuba Ramón
    // …": the country ends the office, the name starts after it.
    let countries: rustc_hash::FxHashSet<(usize, usize)> = mentions
        .entities
        .iter()
        .filter(|e| e.ty == EntityType::Loc && e.kind.starts_with("country"))
        .map(|e| (e.span.start, e.span.end))
        .collect();
    // The end of the text before `at`, spaces skipped.
    let before = |at: usize| text[..at].trim_end_matches(' ').len();
    let mut out: Vec<Entity> = Vec::new();
    // The end of the last name a credit gave.
    let mut last_credit_end: Option<usize> = None;
    for sent in sents {
        let ws = words(text, sent.span);
        let caps_line = sent.section == Section::Byline;
        // (Once a sentence: whether a signature line has a dash.)
        let dashed = caps_line && text[sent.span.start..sent.span.end].contains('-');
        // "Khánh Thu| 26/01/2013 07:10", "Thu Trà (Thời sự …)-Thứ năm, ngày
        // 27/11/2014": an author's name opening the line with the date.
        let author_line = matches!(
            sent.section,
            Section::Dateline | Section::Heading | Section::Byline
        ) && text[sent.span.start..sent.span.end]
            .contains(|c: char| c.is_ascii_digit())
            && {
                let k = ws
                    .iter()
                    .enumerate()
                    .take_while(|(k, w)| {
                        *k < 4
                            && w.cap
                            && !w.all_caps
                            && (*k == 0 || text[ws[k - 1].span.end..w.span.start] == *" ")
                    })
                    .count();
                k >= 2
                    && text[ws[k - 1].span.end..sent.span.end]
                        .trim_start()
                        .starts_with(['|', '(', '-'])
            };
        let mut i = 0;
        while i < ws.len() {
            let w = ws[i];
            // Most syllables are lower case: nothing to decide.
            if !w.cap {
                i += 1;
                continue;
            }
            let folded = &norm.folded[w.span.start..w.span.end];
            // "Ảnh: VGP/Hoàng Anh" credits a person; "Ảnh: Báo Đà Nẵng" a paper.
            // "Ảnh: VGP/Thành Chung": the agency, a slash, then the name.
            let credit = {
                let b = norm.folded[..w.span.start].trim_end_matches(' ');
                let b = match b.strip_suffix('/') {
                    Some(agency) => agency
                        .trim_end_matches(|c: char| c.is_alphanumeric() || c == '.')
                        .trim_end_matches(' '),
                    None => b,
                };
                // ("Tin, ảnh: BÌNH ĐỊNH - VĂN TOẢN": a second author after a
                // dash.)
                let after_credit = b
                    .strip_suffix(['-', '–'])
                    .map(|x| x.trim_end_matches(' ').len())
                    .is_some_and(|e| Some(e) == last_credit_end);
                (b.ends_with("ảnh:") || b.ends_with("ảnh :") || after_credit)
                    && !matches!(folded, "báo" | "đài" | "cổng" | "tạp" | "nguồn")
                    // "Ảnh: VP", "Ảnh: TTXVN": an agency code, no name.
                    && !(w.all_caps && w.span.len() <= 3 && ws.get(i + 1).is_none_or(|n| !n.cap))
                    // "Ảnh: T.D": bare initials sign no name.
                    && !(text[w.span.start..w.span.end].chars().count() == 1
                        && text[w.span.end..].starts_with('.'))
            };
            // A signature line is a name as a whole ("Việt Hưng", "LÊ PHI").
            // Bare initials ("X.T", "TL") sign no name.
            // ("Hơ Jan - Trọng Nghĩa": a second author after a dash.)
            // (Up to four words, or four on each side of a dash.)
            let after_dash =
                i > 0 && matches!(&text[ws[i - 1].span.end..w.span.start], " - " | "- " | " -");
            let signature = caps_line
                && (i == 0 || after_dash)
                && ws.len() <= if dashed { 8 } else { 4 }
                && ws.iter().any(|w| w.span.len() > 2)
                // ("PV", "BTV": capitals that spell no syllable sign no name;
                // an initial or a shortened surname does, "D.Quốc", "NG.
                // CHƯƠNG".)
                && (folded.len() == 1
                    || text[w.span.end..].starts_with('.')
                    || folded.contains(['a', 'e', 'i', 'o', 'u', 'y'])
                    || !folded.is_ascii())
                && !matches!(
                    folded,
                    "theo" | "nguồn" | "ảnh" | "bài" | "đài" | "báo" | "cổng" | "tạp"
                );
            let trigger = triggers.contains(&before(w.span.start))
                || credit
                || signature
                || (author_line && i == 0);
            let after_honorific = honorific_ends.contains(&before(w.span.start));
            // In a credit a name in capitals may spell a place ("BÌNH ĐỊNH").
            if !w.cap
                || (blocked(&w.span) && !(credit && w.all_caps && !hard.overlaps(&w.span)))
                || (w.all_caps && !caps_line && !credit)
                || countries.contains(&(w.span.start, w.span.end))
                // "các đồng chí Nguyên Tỉnh ủy viên": "former", capitalised.
                || folded == "nguyên"
                // "Chinhphu.vn": a web address, no name.
                || web_address_after(text, w.span.end)
            {
                i += 1;
                continue;
            }
            let surname = dict.is_surname(folded);
            // "Tết Nguyên đán Giáp Thìn", "xuân Quý Tỵ": the name of a lunar
            // year; its stem is a surname, but it names no one.
            if surname && i > 0 && year_name(&norm.folded, ws[i - 1], w, ws.get(i + 1)) {
                i += 2;
                continue;
            }
            let foreign_start = !surname
                && !trigger
                && foreign_triggers.contains(&before(w.span.start))
                && text[before(w.span.start)..w.span.start] == *" "
                && foreign_name_at(text, &norm.folded, &ws[i..]);
            if !surname && !trigger && !foreign_start {
                i += 1;
                continue;
            }
            // "sân bay Chu Lai", "Cụm liên trường Kim Tân", "Đồn BP Lạc
            // Quới": a facility named after a place or a hero; the name is
            // the facility's, no one's.
            if surname && !trigger && facility_before(&norm.folded, w.span.start) {
                i += 1;
                continue;
            }
            // Extend over capitalised syllables separated by one space.
            // An initial joins the next syllable with its period, in a
            // signature ("H.Thành", "NG. CHƯƠNG").
            let joined = |a: Word, b: Word| {
                let gap = &text[a.span.end..b.span.start];
                gap == " "
                    || (signature
                        && matches!(gap, "." | ". ")
                        && a.span.len() <= 2
                        && text[a.span.start..a.span.end]
                            .chars()
                            .all(char::is_uppercase))
            };
            // Vietnamese names run to four syllables; foreign ones longer
            // ("Portell Casanova María Del Rosario").
            let longest = if surname { 4 } else { 6 };
            let mut j = i + 1;
            while j < ws.len()
                && j - i < longest
                && ws[j].cap
                && (ws[j].all_caps == w.all_caps || joined(ws[j - 1], ws[j]) && j == i + 1)
                && joined(ws[j - 1], ws[j])
                && (!blocked(&ws[j].span)
                    || (credit && w.all_caps && !hard.overlaps(&ws[j].span))
                    // ("ông Y Thanh Hà Niê Kđăm": after an honorific a
                    // district's name is a given name.)
                    || (trigger && district_cover.overlaps(&ws[j].span) && !hard.overlaps(&ws[j].span)))
            {
                j += 1;
            }
            // A surname, after an office or an honorific, directly followed
            // by a place name of two or three syllables that ends the run.
            let district_next = ws.get(j).is_some_and(|n| districts.contains(&n.span.start))
                && !after_place_class(&norm.folded, w.span.start);
            // ("…; Trương Hòa Bình, Chánh án TAND tối cao": an office in
            // apposition after the place's syllables makes them a name.)
            let office_after = ws
                .get(j)
                .and_then(|n| places.get(&n.span.start))
                .is_some_and(|&end| {
                    text[end..]
                        .strip_prefix(", ")
                        .is_some_and(|_| title_starts.contains(&(end + 2)))
                });
            if surname && (trigger || district_next || office_after) && j == i + 1 && !w.all_caps {
                if let Some(&end) = ws.get(j).and_then(|n| places.get(&n.span.start)) {
                    let k = ws[j..].iter().take_while(|n| n.span.end <= end).count();
                    let next_cap = ws.get(j + k).is_some_and(|n| {
                        n.cap && text[ws[j + k - 1].span.end..n.span.start] == *" "
                    });
                    if k <= 3
                        && ws[j + k - 1].span.end == end
                        && text[w.span.end..ws[j].span.start] == *" "
                        && ws[j..j + k].iter().all(|n| !hard.overlaps(&n.span))
                        && !next_cap
                    {
                        j += k;
                    }
                }
            }
            let len = j - i;
            // "Chung Sye-kyun", "Ban Ki-moon": a hyphen joins a syllable to
            // the last given name (no Vietnamese word is written so).
            let hyphened = len >= 2
                && ws.get(j).is_some_and(|n| {
                    !n.cap
                        && &text[ws[j - 1].span.end..n.span.start] == "-"
                        && text[n.span.start..n.span.end]
                            .chars()
                            .all(char::is_alphabetic)
                });
            let j = if hyphened { j + 1 } else { j };
            let next_lower = ws
                .get(j)
                .is_some_and(|n| !n.cap && text[ws[j - 1].span.end..n.span.start] == *" ");
            let accept = if foreign_start {
                len >= 2
            } else if surname {
                len >= 2 || after_honorific
            } else if after_honorific {
                true
            } else {
                // After an office: a foreign name or a short form; one
                // capitalised word before lower-case prose is more likely
                // part of a phrase ("Bộ trưởng Tài chính").
                len >= 2 || !next_lower
            };
            // "Nhiệt điện Mông Dương I": a numbered plant or unit, no person.
            let numbered = ws.get(j).is_some_and(|n| {
                text[ws[j - 1].span.end..n.span.start] == *" "
                    && matches!(&text[n.span.start..n.span.end], "I" | "II" | "III" | "IV")
            }) || matches!(
                &text[ws[j - 1].span.start..ws[j - 1].span.end],
                "I" | "II" | "III" | "IV"
            );
            if accept && !numbered {
                let span = Span::new(w.span.start, ws[j - 1].span.end);
                if credit {
                    last_credit_end = Some(span.end);
                }
                out.push(Entity::new(
                    span,
                    EntityType::Person,
                    text[span.start..span.end].to_string(),
                    if surname {
                        "rule:surname"
                    } else {
                        "rule:after-title"
                    }
                    .into(),
                ));
                i = j;
                // "bà Ca-mi-la Mê-lan-đe (Camila Melander)": the name as its
                // owner writes it, glossed in brackets, is the same person.
                let transliterated = text[span.start..span.end].contains('-');
                if let Some(g) =
                    glossed_name(text, span.end).filter(|g| transliterated && !blocked(g))
                {
                    out.push(Entity::new(
                        g,
                        EntityType::Person,
                        text[g.start..g.end].to_string(),
                        "rule:glossed-name".into(),
                    ));
                    while i < ws.len() && ws[i].span.start < g.end {
                        i += 1;
                    }
                }
            } else {
                i += 1;
            }
        }
    }
    out
}

/// A facility's class noun right before `at` ("sân bay", "đồn biên
/// phòng", "trường THCS"): what follows is the facility's name.
fn facility_before(folded: &str, at: usize) -> bool {
    // (Not a bare "cầu": "yêu cầu", "nhu cầu" end in it.)
    const FACILITIES: [&str; 24] = [
        "sân bay",
        "cảng hàng không",
        "đồn",
        "đồn bp",
        "đồn biên phòng",
        "đồn biên phòng (bp)",
        "trạm",
        "cụm trường",
        "cụm liên trường",
        "trường th",
        "trường thcs",
        "trường thpt",
        "thcs",
        "thpt",
        "quảng trường",
        "khu du lịch",
        "khu di tích",
        "nhà máy",
        "thủy điện",
        "khu công nghiệp",
        "kcn",
        "tượng đài",
        "công viên",
        "cầu cảng",
    ];
    let before = folded[..at].trim_end();
    // (The last word first: most names follow none of these.)
    let last = before.rsplit(' ').next().unwrap_or("");
    // ("khu 3B Chu Hóa", "thôn 5 Đông Sơn": a numbered hamlet or block,
    // then its commune.)
    if last.starts_with(|c: char| c.is_ascii_digit()) && last.len() <= 4 {
        let unit = before[..before.len() - last.len()].trim_end();
        let unit = unit.rsplit(' ').next().unwrap_or("");
        if matches!(
            unit,
            "khu" | "tổ" | "thôn" | "xóm" | "ấp" | "khối" | "bản" | "buôn" | "phố"
        ) {
            return true;
        }
    }
    let ends = [
        "bay",
        "không",
        "đồn",
        "bp",
        "phòng",
        "(bp)",
        "trạm",
        "trường",
        "th",
        "thcs",
        "thpt",
        "lịch",
        "tích",
        "máy",
        "điện",
        "nghiệp",
        "kcn",
        "đài",
        "viên",
        "cảng",
    ];
    ends.contains(&last)
        && FACILITIES
            .iter()
            .any(|f| crate::dictionary::ends_with_word(before, f))
}

/// A name of two to four capitalised words in brackets right at `at`.
fn glossed_name(text: &str, at: usize) -> Option<Span> {
    let inner = text[at..].strip_prefix(" (")?;
    let mut limit = inner.len().min(80);
    while !inner.is_char_boundary(limit) {
        limit -= 1;
    }
    let close = inner[..limit].find(')')?;
    let name = &inner[..close];
    let words: Vec<&str> = name.split(' ').collect();
    // (Written in the Latin alphabet of its owner's language, not in
    // Vietnamese: "(Vạn Thịnh Phát)" after a name is a company's.)
    let latin = |c: char| c.is_ascii_alphabetic() || ('\u{C0}'..='\u{FF}').contains(&c);
    let ok = (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| latin(c) || c == '-')
                && w.chars().skip(1).any(char::is_lowercase)
        });
    let start = at + " (".len();
    ok.then(|| Span::new(start, start + close))
}

/// A domain suffix right after a word ("Chinhphu.vn", "Dangcongsan.vn").
fn web_address_after(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    [".vn", ".com", ".net", ".org", ".gov"].iter().any(|d| {
        rest.strip_prefix(d)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphabetic()) || r.starts_with('.'))
    })
}

/// Whether a syllable cannot be Vietnamese: letters Vietnamese does not
/// write (f, j, w, z), more than one vowel group ("Roussel", "Ibrahim"), or
/// a final consonant Vietnamese syllables never end in ("Trump", "Donald").
pub(crate) fn foreign_word(folded: &str) -> bool {
    if folded.chars().any(|c| matches!(c, 'f' | 'j' | 'w' | 'z')) {
        return true;
    }
    let vowel =
        |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') || (!c.is_ascii() && c != 'đ');
    let mut groups = 0;
    let mut prev = false;
    for c in folded.chars() {
        let v = vowel(c);
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    // "gi", "qu" open a syllable with a vowel letter that is no nucleus.
    let body = folded
        .strip_prefix("gi")
        .filter(|r| r.chars().next().is_some_and(vowel))
        .or_else(|| folded.strip_prefix("qu"))
        .unwrap_or(folded);
    if groups > 1 && body.len() == folded.len() {
        return true;
    }
    let tail: String = folded.chars().rev().take_while(|&c| !vowel(c)).collect();
    let tail: String = tail.chars().rev().collect();
    !matches!(
        tail.as_str(),
        "" | "c" | "ch" | "m" | "n" | "ng" | "nh" | "p" | "t"
    )
}

/// A run of two or more capitalised words starting at `ws[0]`, one of them
/// clearly not Vietnamese.
fn foreign_name_at(text: &str, folded: &str, ws: &[Word]) -> bool {
    let mut n = 0;
    let mut foreign = false;
    for (k, w) in ws.iter().enumerate().take(4) {
        if !w.cap || w.all_caps || (k > 0 && text[ws[k - 1].span.end..w.span.start] != *" ") {
            break;
        }
        n += 1;
        foreign |= foreign_word(&folded[w.span.start..w.span.end]);
    }
    n >= 2 && foreign
}

/// `stem branch` after a word that announces a year ("tết", "xuân", "năm").
fn year_name(folded: &str, prev: Word, stem: Word, branch: Option<&Word>) -> bool {
    const STEMS: [&str; 10] = [
        "giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý",
    ];
    const BRANCHES: [&str; 14] = [
        "tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất",
        "hợi",
    ];
    let word = |w: &Word| &folded[w.span.start..w.span.end];
    branch.is_some_and(|b| {
        matches!(word(&prev), "tết" | "xuân" | "năm" | "đán" | "mừng" | "đón")
            && STEMS.contains(&word(&stem))
            && BRANCHES.contains(&word(b))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The people the whole pipeline finds in `t`, as written.
    fn people_of(t: &str) -> Vec<String> {
        let a = crate::test_pipeline().analyse(t.to_string());
        a.entities
            .iter()
            .filter(|e| e.ty == EntityType::Person)
            .map(|e| a.written(e.span).to_string())
            .collect()
    }

    #[test]
    fn transliterated_syllables_join_a_name() {
        let t = "Thủ tướng Nguyễn Xuân Phúc tiếp bà Ca-mi-la Mê-lan-đe (Camila Melander), Đại sứ Thụy Điển, và Đại sứ Mi-an-ma.";
        assert_eq!(
            people_of(t),
            ["Nguyễn Xuân Phúc", "Ca-mi-la Mê-lan-đe", "Camila Melander"]
        );
        let a = crate::test_pipeline().analyse(t.to_string());
        assert!(a
            .entities
            .iter()
            .any(|e| e.ty == EntityType::Loc && a.written(e.span) == "Mi-an-ma"));
    }

    #[test]
    fn a_signature_of_two_authors_names_both() {
        assert_eq!(
            people_of(
                "Phó Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị kỳ thi.\n\nHơ Jan – Trọng Nghĩa\n"
            ),
            ["Hơ Jan", "Trọng Nghĩa"]
        );
        assert_eq!(
            people_of("Hội nghị tổng kết năm học.\n\nH’Loan- Tấn Sáu\n"),
            ["H’Loan", "Tấn Sáu"]
        );
        // An outlet after the dash is no second author.
        assert!(
            people_of("Hội nghị tổng kết năm học.\n\nHồng Mến - Đài TT-TH Lệ Thủy\n")
                .iter()
                .all(|p| !p.starts_with("Đài"))
        );
    }

    #[test]
    fn a_numbered_hamlet_s_commune_is_no_one() {
        let people = people_of(
            "Chủ tịch UBND tỉnh Trần Duy Đông dự sinh hoạt với Chi bộ khu 3B Chu Hóa, xã Hy Cương.",
        );
        assert_eq!(people, ["Trần Duy Đông"]);
    }

    #[test]
    fn a_facility_named_after_a_place_or_a_hero_is_no_one() {
        let people = people_of("Công an huyện phối hợp với an ninh sân bay Chu Lai. Bộ trưởng thăm Cụm liên trường Kim Tân và Đồn Biên phòng (BP) Lạc Quới. Ông Lê Văn Hùng phát biểu.");
        assert_eq!(people, ["Lê Văn Hùng"]);
    }

    #[test]
    fn words_split_on_non_letters() {
        let t = "Ảnh: VGP/Hoàng Anh";
        let ws = words(t, Span::new(0, t.len()));
        let got: Vec<&str> = ws.iter().map(|w| &t[w.span.start..w.span.end]).collect();
        assert_eq!(got, vec!["Ảnh", "VGP", "Hoàng", "Anh"]);
        assert!(ws[1].all_caps && ws[2].cap && !ws[2].all_caps);
    }

    #[test]
    fn foreign_words_are_told_from_vietnamese_syllables() {
        for w in [
            "fabien", "roussel", "ibrahim", "trump", "donald", "anwar", "blinken", "kishida",
        ] {
            assert!(foreign_word(w), "{w}");
        }
        for w in [
            "nguyễn",
            "giang",
            "quốc",
            "thanh",
            "trường",
            "gia",
            "khuê",
            "anh",
            "tập",
        ] {
            assert!(!foreign_word(w), "{w}");
        }
    }
}

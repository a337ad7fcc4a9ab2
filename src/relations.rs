//! Who holds which office: person–title links inside one sentence, by the
//! patterns Vietnamese news uses ("Bộ trưởng, Chủ nhiệm VPCP Mai Tiến
//! Dũng"; "Đào Việt Trung, Chủ nhiệm Văn phòng Chủ tịch nước"; "các đồng
//! chí Ủy viên T.Ư Đảng: A, …; B, …"; "X giữ chức Y").

use crate::entities::{Entity, EntityType};
use crate::normalize::Span;
use crate::sentence::{word_count, Sentence};

/// A person linked to an office (indices into the document's entities).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub person: usize,
    pub title: usize,
    pub sent: usize,
}

/// Text between two mentions, with honorifics and ranks removed, trimmed.
fn gap(folded: &str, a: Span, b: Span, honorifics: &[Span]) -> String {
    if a.end > b.start {
        return "#".into();
    }
    let mut out = String::new();
    let mut at = a.end;
    // `honorifics` is sorted by start: only those between the two are read.
    let from = honorifics.partition_point(|h| h.start < a.end);
    let to = honorifics.partition_point(|h| h.start < b.start);
    for h in honorifics[from..to].iter().filter(|h| h.end <= b.start) {
        out.push_str(&folded[at..h.start]);
        at = h.end;
    }
    out.push_str(&folded[at..b.start]);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    // ("Chủ tịch Quốc hội (QH) Nguyễn Phú Trọng": a short gloss in brackets
    // between an office and a name does not part them.)
    match out.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        Some(inner) if !inner.contains(['(', ')']) && inner.split(' ').count() <= 4 => {
            String::new()
        }
        _ => out,
    }
}

/// Phrases between a name and an office that tie them ("X giữ chức Y").
const APPOINT: [&str; 15] = [
    "–",
    "—",
    "giữ chức",
    "giữ chức vụ",
    "thôi giữ chức",
    "thôi giữ chức vụ",
    "được bổ nhiệm giữ chức",
    "được bổ nhiệm làm",
    "được bầu giữ chức",
    "được bầu làm",
    "làm",
    "tân",
    "là",
    "-",
    ", nguyên",
];

/// Verbs of receiving a visitor that open a sentence with the visitor as
/// their object ("Tiếp Đại sứ …, Chủ tịch nước …"). (A word followed by a
/// space covers its longer forms: "tiếp kiến", "gặp gỡ".)
const RECEIVE: [&str; 5] = ["tiếp", "hội kiến", "gặp", "đón", "hội đàm với"];

/// The words between two offices of one person: a comma, "và", or a comma
/// and an appointment phrase ("…, thôi giữ chức vụ …").
fn chained(between: &str) -> bool {
    // "…, nguyên Bí thư Tỉnh ủy": a former office continues the list (the
    // title itself carries `former`).
    let between = between
        .strip_suffix("nguyên")
        .map(str::trim_end)
        .filter(|b| !b.is_empty())
        .unwrap_or(between);
    between == ","
        || between == "và"
        // "…, Chủ tịch UBND quận X giữ chức Bí thư …": the appointment.
        || between.starts_with("giữ chức")
        || between
            .strip_prefix(", ")
            .is_some_and(|rest| APPOINT.contains(&rest))
}

/// "X sinh ngày 15/1/1960, hiện là Ủy viên …": a short clause about the
/// person, then the offices held now.
fn now_holds(between: &str) -> bool {
    [
        "hiện là",
        "hiện đang là",
        "nay là",
        "hiện giữ chức",
        "hiện giữ chức vụ",
    ]
    .iter()
    .any(|p| between == *p || between.ends_with(&format!(", {p}")))
        && word_count(between, 10) <= 10
}

pub fn link(
    folded: &str,
    sents: &[Sentence],
    entities: &[Entity],
    honorifics: &[Span],
) -> Vec<Link> {
    let mut out = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    let mut sorted_honorifics = honorifics.to_vec();
    sorted_honorifics.sort();
    let honorifics = &sorted_honorifics[..];
    for (si, sent) in sents.iter().enumerate() {
        // Outermost persons and titles of this sentence, in order.
        let range = crate::entities::starting_in(entities, sent.span.start, sent.span.end);
        let here = &entities[range.clone()];
        let mut items: Vec<usize> = range
            .clone()
            .filter(|&i| {
                let e = &entities[i];
                sent.span.contains(&e.span)
                    && matches!(e.ty, EntityType::Person | EntityType::Title)
            })
            .filter(|&i| {
                let e = &entities[i];
                !here.iter().any(|o| {
                    o.ty == EntityType::Title && o.span.contains(&e.span) && o.span != e.span
                })
            })
            .collect();
        items.sort_by_key(|&i| entities[i].span);
        let g = |a: usize, b: usize| gap(folded, entities[a].span, entities[b].span, honorifics);
        let mut push = |p: usize, t: usize| {
            let l = Link {
                person: p,
                title: t,
                sent: si,
            };
            if seen.insert((p, t)) {
                out.push(l);
            }
        };
        // The office at `items[j]` follows a name in apposition ("Phùng
        // Quang Thanh, Phó Bí thư …, Bộ trưởng …, Thượng tướng B"): it is
        // that name's, not the next one's.
        let in_apposition = |j: usize| {
            let mut j = j;
            while j > 0
                && entities[items[j - 1]].ty == EntityType::Title
                && chained(&g(items[j - 1], items[j]))
            {
                j -= 1;
            }
            j > 0
                && entities[items[j - 1]].ty == EntityType::Person
                && g(items[j - 1], items[j]) == ","
        };
        for (k, &p) in items.iter().enumerate() {
            if entities[p].ty != EntityType::Person {
                continue;
            }
            // Offices written before the name: "Bộ trưởng, Chủ nhiệm … X".
            let mut j = k;
            let mut next = p;
            while j > 0 {
                let t = items[j - 1];
                if entities[t].ty != EntityType::Title {
                    break;
                }
                let between = g(t, next);
                let ok = if next == p {
                    // ("Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang": a
                    // rank after the comma, right before the name.)
                    let raw = folded[entities[t].span.end..entities[p].span.start].trim();
                    // ("Chủ tịch UBND huyện – Trần Thị Quý": a dash sets the
                    // name after its office.)
                    between.is_empty()
                        || (matches!(between.as_str(), "–" | "-" | "—") && !in_apposition(j - 1))
                        || (between == ","
                            && raw.len() > 1
                            && raw.starts_with(',')
                            && !in_apposition(j - 1))
                } else {
                    // ("báo cáo Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ
                    // X": an office and its deputy's are two people's.)
                    let (a, b) = (
                        &folded[entities[t].span.start..entities[t].span.end],
                        &folded[entities[next].span.start..entities[next].span.end],
                    );
                    let deputy_of = |x: &str, y: &str| x.strip_prefix("phó ") == Some(y);
                    chained(&between) && !deputy_of(a, b) && !deputy_of(b, a)
                };
                if !ok {
                    break;
                }
                push(p, t);
                next = t;
                j -= 1;
            }
            // Offices in apposition after the name: "X, Ủy viên …, Chánh …".
            // (Not when the name is the object of a fronted reception and the
            // office opens the main clause: "Tiếp Đại sứ Sierra Leone - ngài
            // X, Chủ tịch nước gửi lời chào …".)
            let received = {
                let head = folded[sent.span.start..entities[p].span.start].trim_start();
                RECEIVE
                    .iter()
                    .any(|v| head.strip_prefix(v).is_some_and(|r| r.starts_with(' ')))
                    && !head.contains(',')
            };
            let mut prev = p;
            for &t in &items[k + 1..] {
                if entities[t].ty != EntityType::Title {
                    break;
                }
                let between = g(prev, t);
                let ok = if prev == p {
                    between == ","
                        || APPOINT.contains(&between.as_str())
                        || chained(&between)
                        || now_holds(&between)
                } else {
                    chained(&between)
                };
                // An office written right before the next name is that
                // person's, not this one's.
                let owned_by_next = items
                    .iter()
                    .find(|&&o| entities[o].span.start >= entities[t].span.end)
                    .is_some_and(|&o| entities[o].ty == EntityType::Person && g(t, o).is_empty());
                let opens_clause = || {
                    let after = folded[entities[t].span.end..sent.span.end].trim_start();
                    !after.is_empty() && !after.starts_with([',', ')', '(', '-', ';', '.'])
                };
                if !ok || owned_by_next || (received && prev == p && opens_clause()) {
                    break;
                }
                push(p, t);
                prev = t;
            }
        }
        for k in 0..items.len() {
            if entities[items[k]].ty == EntityType::Title {
                if let Some(p) = appointee(folded, sent.span, entities, &items, k) {
                    push(p, items[k]);
                }
            }
        }
        // A plural office naming a list: "các đồng chí Ủy viên T.Ư Đảng: A, …; B, …".
        for (k, &t) in items.iter().enumerate() {
            if entities[t].ty != EntityType::Title {
                continue;
            }
            let Some(&first) = items.get(k + 1) else {
                continue;
            };
            // ("… Phó Chủ tịch Ủy ban MTTQ tỉnh là A, B, C": the same list.)
            if !matches!(g(t, first).as_str(), ":" | "là") {
                continue;
            }
            // Every office chained before the colon: "6 Thứ trưởng, Phó
            // chủ nhiệm: A, B" gives A and B both.
            let mut plural = vec![t];
            let mut j = k;
            while j > 0
                && entities[items[j - 1]].ty == EntityType::Title
                && chained(&g(items[j - 1], items[j]))
            {
                plural.push(items[j - 1]);
                j -= 1;
            }
            if entities[first].ty == EntityType::Title {
                // "các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Chủ
                // nhiệm … A, Trưởng ban … B; …": every office chained before
                // the colon, to every person up to the next ";".
                let mut prev = t;
                for &o in &items[k + 1..] {
                    if g(prev, o).contains(';') {
                        break;
                    }
                    if entities[o].ty == EntityType::Person {
                        for &pt in &plural {
                            push(o, pt);
                        }
                    }
                    prev = o;
                }
                continue;
            }
            if entities[first].ty != EntityType::Person {
                continue;
            }
            // Names alone after the colon, joined by commas or "và" ("có 6
            // Thứ trưởng: A, B và C"), all hold the office; once a name has
            // offices of its own, only ';' starts the next holder.
            let mut prev = t;
            let mut names_only = true;
            for &p in &items[k + 1..] {
                if entities[p].ty == EntityType::Person {
                    let between = g(prev, p);
                    let listed =
                        names_only && prev != t && matches!(between.as_str(), "," | "và" | ", và");
                    if prev == t || between.ends_with(';') || between == ";" || listed {
                        for &pt in &plural {
                            push(p, pt);
                        }
                    }
                } else {
                    names_only = false;
                }
                prev = p;
            }
        }
    }
    out.sort_by_key(|l| (entities[l.person].span, entities[l.title].span));
    out
}

/// Words that make an appointment a proposal or a condition.
const NOMINATION: [&str; 7] = [
    "xem xét ",
    "nếu ",
    "dự kiến ",
    "giới thiệu ",
    "ứng cử ",
    "đề cử ",
    "trình ",
];

/// Verbs of an appointment made by someone ("Thủ tướng bổ nhiệm ông X …").
const APPOINTING: [&str; 6] = [
    "bổ nhiệm",
    "bầu",
    "phê chuẩn",
    "điều động",
    "ký",
    "miễn nhiệm",
];

/// "ông X, Phó Bí thư …, nhiệm kỳ 2015-2020, được bầu giữ chức vụ T":
/// the office after an appointment phrase is the appointee's, however long
/// the apposition before it; "miễn nhiệm chức vụ T … đối với ông Y": Y's.
fn appointee(
    folded: &str,
    sent: Span,
    entities: &[Entity],
    items: &[usize],
    k: usize,
) -> Option<usize> {
    let t = &entities[items[k]];
    let before = folded[sent.start..t.span.start].trim_end();
    if !["giữ chức", "giữ chức vụ", "chức vụ", "chức danh"]
        .iter()
        .any(|p| before.ends_with(p))
    {
        return None;
    }
    // "trình Quốc hội xem xét bầu ông X … giữ chức …", "nếu được bầu …":
    // a nominee, not yet the holder.
    if NOMINATION.iter().any(|w| {
        before
            .match_indices(w)
            .any(|(i, _)| crate::dictionary::boundary_before(before, i))
    }) {
        return None;
    }
    // "… đối với ông Y" after the office: Y.
    for &p in &items[k + 1..] {
        let between = &folded[t.span.end..entities[p].span.start.max(t.span.end)];
        if between.contains(';') || word_count(between, 16) > 16 {
            break;
        }
        if entities[p].ty == EntityType::Person {
            return between.contains("đối với").then_some(p);
        }
    }
    // Else the nearest name before, unless someone else's act of
    // appointing stands between ("Thủ tướng … ký quyết định bổ nhiệm giữ
    // chức T"): only "được bầu", "được bổ nhiệm" (passive) may.
    let p = items[..k]
        .iter()
        .rev()
        .copied()
        .find(|&p| entities[p].ty == EntityType::Person)?;
    let between = &folded[entities[p].span.end..t.span.start];
    let active = APPOINTING.iter().any(|v| {
        between.match_indices(v).any(|(i, _)| {
            !between[..i].trim_end().ends_with("được")
                && crate::dictionary::boundary_before(between, i)
                && crate::dictionary::boundary_after(between, i + v.len())
        })
    });
    (!active && !between.contains(';') && word_count(between, 40) <= 40).then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offices_chain_by_comma_and_appointment_phrases() {
        assert!(chained(","));
        assert!(chained("và"));
        assert!(chained(", thôi giữ chức vụ"));
        assert!(!chained(", ông"));
        assert!(!chained("tiếp"));
    }

    #[test]
    fn gap_drops_honorifics_and_spaces() {
        let f = "bộ trưởng  , đồng chí   x";
        let a = Span::new(0, "bộ trưởng".len());
        let h = f.find("đồng chí").unwrap();
        let honor = Span::new(h, h + "đồng chí".len());
        let b = Span::new(f.len() - 1, f.len());
        assert_eq!(gap(f, a, b, &[honor]), ",");
        assert_eq!(gap(f, b, a, &[]), "#");
    }

    /// (person, title) pairs of a sentence, as written.
    fn pairs(text: &str) -> Vec<(String, String)> {
        let a = crate::test_pipeline().analyse(text.to_string());
        a.links
            .iter()
            .map(|l| {
                (
                    a.written(a.entities[l.person].span).to_string(),
                    a.written(a.entities[l.title].span).to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn a_gloss_in_brackets_parts_no_office_from_its_name() {
        assert_eq!(
            pairs("Chủ tịch Quốc hội (QH) Nguyễn Phú Trọng nêu rõ."),
            [("Nguyễn Phú Trọng".into(), "Chủ tịch Quốc hội".into())]
        );
        let f = "a (một hai ba bốn năm) b";
        assert_ne!(
            gap(f, Span::new(0, 1), Span::new(f.len() - 1, f.len()), &[]),
            ""
        );
    }

    #[test]
    fn two_offices_before_one_name() {
        assert_eq!(
            pairs("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng phát biểu."),
            [
                ("Mai Tiến Dũng".into(), "Bộ trưởng".into()),
                (
                    "Mai Tiến Dũng".into(),
                    "Chủ nhiệm Văn phòng Chính phủ".into()
                )
            ]
        );
    }

    #[test]
    fn name_then_office_in_a_list() {
        let p = pairs("Dự có các đồng chí: Trần Quốc Vượng, Chánh Văn phòng T.Ư; Đào Việt Trung, Chủ nhiệm Văn phòng Chủ tịch nước.");
        assert_eq!(
            p,
            [
                ("Trần Quốc Vượng".into(), "Chánh Văn phòng T.Ư".into()),
                (
                    "Đào Việt Trung".into(),
                    "Chủ nhiệm Văn phòng Chủ tịch nước".into()
                )
            ]
        );
    }

    #[test]
    fn no_link_across_sentences() {
        assert!(pairs("Ông Nguyễn Văn Nên phát biểu. Bộ trưởng Bộ Y tế cho biết thêm.").is_empty());
    }

    #[test]
    fn an_office_and_its_deputys_are_two_people() {
        let p = pairs("Những điều trên cần báo cáo Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ Hồ Đức Phớc trước ngày 14/9.");
        assert!(!p.iter().any(|(_, t)| t == "Thủ tướng Chính phủ"), "{p:?}");
        assert!(
            p.contains(&(
                "Hồ Đức Phớc".to_string(),
                "Phó Thủ tướng Chính phủ".to_string()
            )),
            "{p:?}"
        );
    }

    #[test]
    fn a_dash_sets_the_name_after_its_office() {
        // (Not an office in apposition to the name before it.)
        let p = pairs("Ông Lê Văn An, Giám đốc Sở Y tế – Nguyễn Văn Bình, Phó Giám đốc cùng dự.");
        assert!(
            !p.contains(&(
                "Nguyễn Văn Bình".to_string(),
                "Giám đốc Sở Y tế".to_string()
            )),
            "{p:?}"
        );
        let p = pairs("Ngày 31/10/2021, Chủ tịch UBND huyện – Trần Thị Quý dẫn đầu đoàn kiểm tra.");
        assert!(
            p.contains(&(
                "Trần Thị Quý".to_string(),
                "Chủ tịch UBND huyện".to_string()
            )),
            "{p:?}"
        );
    }

    #[test]
    fn a_visitor_received_is_not_the_office_that_opens_the_main_clause() {
        // dev461: the ambassador is received; "Chủ tịch nước" is the host.
        // The dash sets the name after the visitor's own office.
        let p = pairs("Tiếp Đại sứ Sierra Leone - ngài Victo Bockariefoh, Chủ tịch nước gửi lời chào và chúc sức khỏe tới Tổng thống.");
        assert!(
            p.iter()
                .all(|(n, t)| n != "Victo Bockariefoh" || t == "Đại sứ Sierra Leone"),
            "{p:?}"
        );
        assert!(p.contains(&(
            "Victo Bockariefoh".to_string(),
            "Đại sứ Sierra Leone".to_string()
        )));
        // Received, with the office closed by a comma: it is the visitor's.
        let p = pairs(
            "Tiếp ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh Lào Cai, Thủ tướng đề nghị tỉnh quan tâm.",
        );
        assert!(
            p.contains(&(
                "Nguyễn Văn Sơn".to_string(),
                "Chủ tịch UBND tỉnh Lào Cai".to_string()
            )),
            "{p:?}"
        );
    }
}

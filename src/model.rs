//! A sentence model for directives the cue rules miss.
//!
//! The rules are precise but miss instructions written in ways no cue
//! list foresees (bare task lists, headlines, items after a colon that
//! never came). A logistic regression over a sentence's words and word
//! pairs, trained on the labelled articles, catches many of them; it only
//! adds sentences the rules left out, and only above a threshold.
//!
//! The weights are data: `dictionaries/directive_model.tsv` (header
//! `feature\tweight`; the row `@threshold` holds the decision threshold),
//! written by `chidao train` from gold JSON Lines.

use crate::normalize::is_word_char;
use std::collections::HashMap;

/// Feature weights and the probability above which a sentence is taken.
#[derive(Debug, Clone, Default)]
pub struct Model {
    pub weights: HashMap<String, f32>,
    /// `None` when no model was loaded: nothing is added.
    pub threshold: Option<f32>,
}

pub const THRESHOLD_KEY: &str = "@threshold";

/// The features of one sentence, sorted and distinct, as ranges of `buf`.
/// `folded` is the sentence's lower-cased normalized text.
pub fn features(folded: &str, title: bool, buf: &mut String, out: &mut Vec<(usize, usize)>) {
    buf.clear();
    out.clear();
    let mut push = |buf: &mut String, parts: &[&str]| {
        let s = buf.len();
        for p in parts {
            buf.push_str(p);
        }
        out.push((s, buf.len()));
    };
    push(buf, &["bias"]);
    push(buf, &[if title { "sec=title" } else { "sec=body" }]);
    let words: Vec<&str> = folded
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    // The opening words say most: an imperative verb, a connective, a
    // subject.
    for (k, w) in words.iter().take(3).enumerate() {
        push(buf, &["s", ["0", "1", "2"][k], "=", w]);
    }
    if words.len() > 1 {
        push(buf, &["sb=", words[0], "_", words[1]]);
    }
    for w in &words {
        push(buf, &["u=", w]);
    }
    for p in words.windows(2) {
        push(buf, &["b=", p[0], "_", p[1]]);
    }
    let t = folded.trim_start();
    let numbered = t
        .find(|c: char| !c.is_ascii_digit())
        .is_some_and(|i| i > 0 && t[i..].starts_with(['.', ')']));
    if t.starts_with(['-', '+', '•']) || numbered {
        push(buf, &["listitem"]);
    }
    if folded.contains('"') {
        push(buf, &["quote"]);
    }
    out.sort_by(|a, b| buf[a.0..a.1].cmp(&buf[b.0..b.1]));
    out.dedup_by(|a, b| buf[a.0..a.1] == buf[b.0..b.1]);
}

impl Model {
    /// The probability that a sentence is a directive.
    pub fn probability(&self, folded: &str, title: bool) -> f32 {
        let mut buf = String::new();
        let mut feats = Vec::new();
        features(folded, title, &mut buf, &mut feats);
        let z: f32 = feats
            .iter()
            .filter_map(|&(s, e)| self.weights.get(&buf[s..e]))
            .sum();
        sigmoid(z)
    }

    /// True when the model takes the sentence.
    pub fn accepts(&self, p: f32) -> bool {
        self.threshold.is_some_and(|t| p >= t)
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp())
}

/// One labelled sentence for training.
pub struct Example {
    pub folded: String,
    pub title: bool,
    pub directive: bool,
}

/// The body and headline sentences of a labelled article, each marked by
/// whether a gold directive overlaps it (gold spans are code points of the
/// text as given).
pub fn examples(
    p: &crate::Pipeline,
    text: &str,
    gold: &[crate::eval::GoldDirective],
) -> Vec<Example> {
    use crate::sentence::Section;
    let a = p.analyse(text.to_string());
    let idx = crate::normalize::CpIndex::new(&a.original);
    a.sentences
        .iter()
        .filter(|s| matches!(s.section, Section::Body | Section::Title))
        .map(|s| {
            let o = a.norm.to_original(s.span);
            let (start, end) = (idx.cp(o.start), idx.cp(o.end));
            Example {
                folded: a.norm.folded[s.span.start..s.span.end].to_string(),
                title: s.section == Section::Title,
                directive: gold.iter().any(|g| g.start < end && start < g.end),
            }
        })
        .collect()
}

/// Logistic regression by stochastic gradient descent, in an order fixed
/// by `seed`, so the same data give the same weights.
pub fn train(examples: &[Example], epochs: usize, rate: f32, l2: f32, seed: u64) -> Model {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let (mut buf, mut feats) = (String::new(), Vec::new());
    let rows: Vec<Vec<usize>> = examples
        .iter()
        .map(|x| {
            features(&x.folded, x.title, &mut buf, &mut feats);
            feats
                .iter()
                .map(|&(s, e)| {
                    let f = &buf[s..e];
                    *index.entry(f.to_string()).or_insert_with(|| {
                        names.push(f.to_string());
                        names.len() - 1
                    })
                })
                .collect()
        })
        .collect();
    let mut w = vec![0f32; names.len()];
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut state = seed | 1;
    for _ in 0..epochs {
        // Fisher–Yates with xorshift64: deterministic and dependency-free.
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        for &i in &order {
            let z: f32 = rows[i].iter().map(|&f| w[f]).sum();
            let g = sigmoid(z) - if examples[i].directive { 1.0 } else { 0.0 };
            for &f in &rows[i] {
                w[f] -= rate * (g + l2 * w[f]);
            }
        }
    }
    Model {
        weights: names.into_iter().zip(w).collect(),
        threshold: None,
    }
}

/// The model as a dictionary file: weights rounded, near-zero ones left
/// out, sorted by feature so the file diffs cleanly.
pub fn to_tsv(m: &Model, threshold: f32, comment: &str) -> String {
    let mut rows: Vec<(&String, f32)> = m
        .weights
        .iter()
        .map(|(k, &v)| (k, (v * 1e4).round() / 1e4))
        .filter(|(_, v)| v.abs() >= 0.005)
        .collect();
    rows.sort_by(|a, b| a.0.cmp(b.0));
    let mut s = String::new();
    for line in comment.lines() {
        s.push_str("# ");
        s.push_str(line);
        s.push('\n');
    }
    s.push_str("feature\tweight\n");
    s.push_str(&format!("{THRESHOLD_KEY}\t{threshold}\n"));
    for (k, v) in rows {
        s.push_str(&format!("{k}\t{v}\n"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_distinct_and_sorted() {
        let (mut buf, mut f) = (String::new(), Vec::new());
        features("- đẩy mạnh, đẩy mạnh tuyên truyền", false, &mut buf, &mut f);
        let names: Vec<&str> = f.iter().map(|&(s, e)| &buf[s..e]).collect();
        assert!(names.contains(&"s0=đẩy"));
        assert!(names.contains(&"sb=đẩy_mạnh"));
        assert!(names.contains(&"listitem"));
        assert_eq!(names.iter().filter(|n| **n == "u=đẩy").count(), 1);
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
    }

    #[test]
    fn training_separates_two_kinds_of_sentence() {
        let ex = |t: &str, d: bool| Example {
            folded: t.into(),
            title: false,
            directive: d,
        };
        let data = vec![
            ex("khẩn trương rà soát các dự án", true),
            ex("khẩn trương hoàn thành kế hoạch", true),
            ex("năm qua tỉnh đạt nhiều kết quả", false),
            ex("năm nay tỉnh đạt tăng trưởng cao", false),
        ];
        let mut m = train(&data, 30, 0.2, 1e-4, 7);
        m.threshold = Some(0.5);
        let yes = m.probability("khẩn trương kiểm tra", false);
        let no = m.probability("năm qua đạt kết quả", false);
        assert!(yes > 0.5 && no < 0.5, "{yes} {no}");
        assert!(m.accepts(yes) && !m.accepts(no));
        // The same data, the same weights.
        let again = train(&data, 30, 0.2, 1e-4, 7);
        assert_eq!(m.weights, again.weights);
    }

    #[test]
    fn no_model_takes_nothing() {
        let m = Model::default();
        assert!(!m.accepts(m.probability("khẩn trương rà soát", false)));
    }
}

//! "Anything in, no panic": normalization, splitting and the whole pipeline
//! on arbitrary text, with the offset invariants checked.

use chidao::normalize::{Normalized, Span};
use chidao::output::DocOutput;
use chidao::sentence::{split, Abbreviations};
use chidao::Pipeline;
use proptest::prelude::*;
use std::sync::OnceLock;

mod common;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::load(&chidao::default_dictionaries(), &[]).unwrap())
}

/// Text with Vietnamese letters, combining marks, controls, punctuation and
/// odd whitespace, more often than uniform Unicode would give them.
fn texty() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        any::<char>().prop_map(|c| c.to_string()),
        Just("Đồng chí ".to_string()),
        Just("Tổng Bí thư Tô Lâm đề nghị ".to_string()),
        Just("T.Ư".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just(". ".to_string()),
        Just(".".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{300}".to_string()),
        Just("\u{301}\u{323}".to_string()),
        Just("\u{200B}".to_string()),
        Just("\u{A0}".to_string()),
        Just("\u{AD}".to_string()),
        Just("\t".to_string()),
        Just("18/1/2025 ".to_string()),
        Just("“".to_string()),
        Just("oà".to_string()),
        Just("A".to_string()),
    ];
    proptest::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

/// The words of the seed articles, for text that reads like the news.
fn seed_words() -> &'static [String] {
    static W: OnceLock<Vec<String>> = OnceLock::new();
    W.get_or_init(|| {
        common::seed_texts()
            .iter()
            .flat_map(|t| t.split(' ').map(str::to_string).collect::<Vec<_>>())
            .collect()
    })
}

/// News words in runs, with the punctuation and cue words that the rules
/// look around spliced in: where slicing by offsets could go wrong (a
/// modal right after a comma once made a span run backwards).
fn newsy() -> impl Strategy<Value = String> {
    let n = seed_words().len();
    let piece = prop_oneof![
        6 => (0..n, 1..12usize).prop_map(move |(i, k)| {
            seed_words()[i..(i + k).min(n)].join(" ")
        }),
        1 => prop::sample::select(vec![
            ", cần", ", phải", " đề nghị", " yêu cầu", ":", " (", ")", ", ", " - ", " – ", "“",
            "”", ".", "…", " 1.", " 2. ", " sự", " và", " của", " Thủ tướng", " UBND tỉnh",
            " Ông", " bà", " Đại sứ", " lãnh đạo", " năm qua,", " dù", " khuyến cáo", "\n",
            "\n\n", " Ca-mi-la", "-", " (Camila Melander)", " tại", " trong",
            " Ban Chỉ đạo phòng, chống dịch", " Covid -19", " tỉnh", "Ảnh:",
            " chịu trách nhiệm", "'", " ,", ";",
        ])
        .prop_map(str::to_string),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn news_text_spliced_never_panics_and_spans_slice(s in newsy()) {
        let a = pipeline().analyse(s.clone());
        let out = DocOutput::from_analysis("p", "p", &a);
        let chars: Vec<char> = s.chars().collect();
        for e in &out.entities {
            let slice: String = chars[e.start..e.end].iter().collect();
            prop_assert_eq!(slice, e.text.clone());
        }
        for d in &out.directives {
            prop_assert!(d.start < d.end && d.end <= chars.len());
        }
    }

    #[test]
    fn normalize_and_split_keep_offsets(s in texty()) {
        let n = Normalized::new(&s);
        prop_assert_eq!(n.text.len(), n.folded.len());
        let sents = split(&n.text, &Abbreviations::default());
        let mut last = 0;
        for st in &sents {
            prop_assert!(st.span.start >= last, "sentences overlap or go backwards");
            prop_assert!(st.span.start < st.span.end);
            prop_assert!(n.text.is_char_boundary(st.span.start) && n.text.is_char_boundary(st.span.end));
            let o = n.to_original(st.span);
            prop_assert!(o.start <= o.end && o.end <= s.len());
            prop_assert!(s.is_char_boundary(o.start) && s.is_char_boundary(o.end));
            last = st.span.end;
        }
        // Every visible character belongs to a sentence.
        for (i, c) in n.text.char_indices() {
            if !c.is_whitespace() {
                prop_assert!(sents.iter().any(|st| st.span.contains(&Span::new(i, i + c.len_utf8()))),
                    "char {:?} at {} is in no sentence", c, i);
            }
        }
    }

    #[test]
    fn pipeline_never_panics_and_spans_slice(s in texty()) {
        let a = pipeline().analyse(s.clone());
        let out = DocOutput::from_analysis("p", "p", &a);
        let chars: Vec<char> = s.chars().collect();
        for e in &out.entities {
            prop_assert!(e.start < e.end && e.end <= chars.len());
            let slice: String = chars[e.start..e.end].iter().collect();
            prop_assert_eq!(slice, e.text.clone());
        }
        for d in &out.directives {
            prop_assert!(d.start < d.end && d.end <= chars.len());
        }
    }

    #[test]
    fn arbitrary_bytes_decode_or_fail_cleanly(b in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = chidao::input::decode(&b, Default::default());
        let lossy = chidao::input::DecodeOptions { lossy: true, ..Default::default() };
        if !b.contains(&0) {
            prop_assert!(chidao::input::decode(&b, lossy).is_ok());
        }
    }
}

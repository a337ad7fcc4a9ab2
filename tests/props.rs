//! "Anything in, no panic": normalization, splitting and the whole pipeline
//! on arbitrary text, with the offset invariants checked.

use chidao::normalize::{Normalized, Span};
use chidao::output::DocOutput;
use chidao::sentence::{split, Abbreviations};
use chidao::Pipeline;
use proptest::prelude::*;
use std::sync::OnceLock;

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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

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

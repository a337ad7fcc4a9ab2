//! Quality floors: the seed figures may rise, never fall. Floors sit a
//! little under the figures measured when they were set (README).

use chidao::batch::analyse_text;
use chidao::eval::{read_jsonl, score, PredDoc, Report};
use chidao::Pipeline;
use std::path::Path;

fn run(gold: &str) -> Report {
    let p = Pipeline::load(&chidao::default_dictionaries(), &[]).unwrap();
    let docs = read_jsonl(&Path::new(env!("CARGO_MANIFEST_DIR")).join(gold)).unwrap();
    let preds: Vec<PredDoc> = docs
        .iter()
        .map(|g| PredDoc::from_output(&analyse_text(&p, &g.id, &g.id, g.text.clone())))
        .collect();
    score(&docs, &preds, &mut vec![])
}

#[test]
fn seed_quality_does_not_fall() {
    let r = run("tests/gold/seeds.jsonl");
    let ex = r.entities_exact.as_ref().unwrap();
    let f1 = |t: &str| ex.per_type[t].f1;
    let floors = [
        ("PERSON", 0.97),
        ("TITLE", 0.97),
        ("ORG", 0.97),
        ("LOC", 0.97),
        ("DATE", 0.97),
    ];
    for (t, floor) in floors {
        assert!(f1(t) >= floor, "{t} F1 {:.3} fell below {floor}", f1(t));
    }
    let d = r.directives.as_ref().unwrap();
    assert!(d.f1 >= 0.95, "directive F1 {:.3}", d.f1);
    assert!(r.speaker_accuracy.unwrap_or(0.0) >= 0.95);
    assert!(r.relations.as_ref().unwrap().f1 >= 0.95);
}

/// Each set with its size and floors: entity micro F1, directive F1, the
/// number of directives whose speaker is right, relation F1. Set a little
/// under the figures measured on 2026-12-02 and 2026-12-03 (README), raised
/// after each error analysis, with blind61–blind88 added on 2026-12-03
/// (fourth session), blind89–blind95 on 2026-12-04, blind96–blind112
/// on 2026-12-07 and blind113–blind127 on 2026-12-08: they may rise,
/// never fall. Speakers are floored as a count because the ratio is over
/// matched directives: a directive found that was missed before adds to the
/// denominator even when every speaker right before is still right. The
/// ratio is floored over all sets together
/// (`speaker_accuracy_over_all_sets`).
const SETS: [(&str, usize, f64, f64, usize, f64); 130] = [
    ("tests/gold/dev.jsonl", 21, 0.98, 0.99, 35, 0.95),
    ("tests/gold/heldout.jsonl", 12, 0.97, 0.99, 29, 0.94),
    ("tests/gold/blind.jsonl", 8, 0.93, 0.99, 21, 0.79),
    ("tests/gold/blind2.jsonl", 8, 0.91, 0.97, 27, 0.91),
    ("tests/gold/blind3.jsonl", 8, 0.95, 0.95, 14, 0.88),
    ("tests/gold/blind4.jsonl", 8, 0.91, 0.95, 11, 0.84),
    ("tests/gold/blind5.jsonl", 8, 0.93, 0.99, 16, 0.98),
    ("tests/gold/blind6.jsonl", 4, 0.95, 0.99, 7, 0.98),
    ("tests/gold/blind7.jsonl", 4, 0.93, 0.99, 13, 0.98),
    ("tests/gold/blind9.jsonl", 4, 0.95, 0.99, 11, 0.94),
    ("tests/gold/blind10.jsonl", 4, 0.95, 0.93, 9, 0.95),
    ("tests/gold/blind11.jsonl", 5, 0.94, 0.99, 9, 0.90),
    ("tests/gold/blind8.jsonl", 4, 0.97, 0.94, 9, 0.98),
    ("tests/gold/blind12.jsonl", 4, 0.88, 0.89, 10, 0.92),
    ("tests/gold/blind13.jsonl", 4, 0.97, 0.94, 11, 0.98),
    ("tests/gold/blind14.jsonl", 4, 0.95, 0.99, 9, 0.98),
    ("tests/gold/blind15.jsonl", 4, 0.96, 0.99, 11, 0.98),
    ("tests/gold/blind16.jsonl", 4, 0.91, 0.99, 9, 0.88),
    ("tests/gold/blind17.jsonl", 4, 0.92, 0.99, 15, 0.91),
    ("tests/gold/blind18.jsonl", 4, 0.95, 0.93, 9, 0.85),
    ("tests/gold/blind19.jsonl", 4, 0.92, 0.94, 11, 0.98),
    ("tests/gold/blind20.jsonl", 4, 0.95, 0.99, 11, 0.88),
    ("tests/gold/blind21.jsonl", 4, 0.95, 0.99, 7, 0.95),
    ("tests/gold/blind22.jsonl", 4, 0.92, 0.99, 7, 0.88),
    ("tests/gold/blind23.jsonl", 4, 0.96, 0.92, 15, 0.98),
    ("tests/gold/blind24.jsonl", 4, 0.93, 0.99, 9, 0.94),
    ("tests/gold/blind25.jsonl", 4, 0.94, 0.99, 18, 0.98),
    ("tests/gold/blind26.jsonl", 4, 0.93, 0.94, 10, 0.98),
    ("tests/gold/blind27.jsonl", 4, 0.85, 0.94, 10, 0.98),
    ("tests/gold/blind28.jsonl", 4, 0.90, 0.91, 12, 0.98),
    ("tests/gold/blind29.jsonl", 4, 0.96, 0.99, 7, 0.93),
    ("tests/gold/blind30.jsonl", 4, 0.89, 0.99, 16, 0.98),
    ("tests/gold/blind31.jsonl", 4, 0.88, 0.95, 12, 0.73),
    ("tests/gold/blind32.jsonl", 4, 0.93, 0.99, 12, 0.92),
    ("tests/gold/blind33.jsonl", 4, 0.89, 0.99, 11, 0.98),
    ("tests/gold/blind34.jsonl", 4, 0.94, 0.99, 8, 0.98),
    ("tests/gold/blind35.jsonl", 4, 0.91, 0.99, 8, 0.79),
    ("tests/gold/blind36.jsonl", 4, 0.96, 0.95, 15, 0.82),
    ("tests/gold/blind37.jsonl", 4, 0.89, 0.99, 15, 0.88),
    ("tests/gold/blind38.jsonl", 4, 0.89, 0.92, 13, 0.91),
    ("tests/gold/blind39.jsonl", 4, 0.88, 0.94, 11, 0.98),
    ("tests/gold/blind40.jsonl", 4, 0.90, 0.89, 10, 0.98),
    ("tests/gold/blind41.jsonl", 4, 0.94, 0.94, 11, 0.98),
    ("tests/gold/blind42.jsonl", 4, 0.86, 0.99, 10, 0.98),
    ("tests/gold/blind43.jsonl", 4, 0.90, 0.99, 11, 0.81),
    ("tests/gold/blind44.jsonl", 4, 0.94, 0.99, 8, 0.98),
    ("tests/gold/blind45.jsonl", 4, 0.93, 0.95, 13, 0.98),
    ("tests/gold/blind46.jsonl", 4, 0.88, 0.99, 8, 0.79),
    ("tests/gold/blind47.jsonl", 4, 0.88, 0.92, 14, 0.86),
    ("tests/gold/blind48.jsonl", 4, 0.92, 0.89, 9, 0.98),
    ("tests/gold/blind49.jsonl", 4, 0.95, 0.99, 9, 0.98),
    ("tests/gold/blind50.jsonl", 4, 0.93, 0.99, 11, 0.89),
    ("tests/gold/blind51.jsonl", 4, 0.91, 0.87, 8, 0.86),
    ("tests/gold/blind52.jsonl", 4, 0.88, 0.99, 19, 0.98),
    ("tests/gold/blind53.jsonl", 4, 0.94, 0.99, 14, 0.98),
    ("tests/gold/blind54.jsonl", 4, 0.91, 0.95, 12, 0.98),
    ("tests/gold/blind55.jsonl", 4, 0.96, 0.89, 9, 0.98),
    ("tests/gold/blind56.jsonl", 4, 0.85, 0.99, 7, 0.88),
    ("tests/gold/blind57.jsonl", 4, 0.87, 0.89, 12, 0.64),
    ("tests/gold/blind58.jsonl", 4, 0.94, 0.99, 14, 0.83),
    ("tests/gold/blind59.jsonl", 4, 0.86, 0.99, 9, 0.98),
    ("tests/gold/blind60.jsonl", 4, 0.93, 0.96, 11, 0.98),
    ("tests/gold/blind61.jsonl", 4, 0.91, 0.93, 16, 0.99),
    ("tests/gold/blind62.jsonl", 4, 0.88, 0.96, 15, 0.65),
    ("tests/gold/blind63.jsonl", 4, 0.85, 0.86, 6, 0.71),
    ("tests/gold/blind64.jsonl", 4, 0.89, 0.99, 12, 0.99),
    ("tests/gold/blind65.jsonl", 4, 0.82, 0.95, 12, 0.74),
    ("tests/gold/blind66.jsonl", 4, 0.94, 0.99, 6, 0.99),
    ("tests/gold/blind67.jsonl", 4, 0.91, 0.99, 6, 0.79),
    ("tests/gold/blind68.jsonl", 4, 0.64, 0.99, 9, 0.99),
    ("tests/gold/blind69.jsonl", 4, 0.79, 0.95, 5, 0.00),
    ("tests/gold/blind70.jsonl", 4, 0.92, 0.90, 15, 0.99),
    ("tests/gold/blind71.jsonl", 4, 0.96, 0.90, 11, 0.82),
    ("tests/gold/blind72.jsonl", 4, 0.90, 0.83, 8, 0.92),
    ("tests/gold/blind73.jsonl", 4, 0.94, 0.96, 15, 0.87),
    ("tests/gold/blind74.jsonl", 4, 0.89, 0.89, 5, 0.99),
    ("tests/gold/blind75.jsonl", 4, 0.85, 0.96, 14, 0.91),
    ("tests/gold/blind76.jsonl", 4, 0.87, 0.93, 16, 0.99),
    ("tests/gold/blind77.jsonl", 4, 0.96, 0.87, 9, 0.99),
    ("tests/gold/blind78.jsonl", 4, 0.82, 0.94, 10, 0.87),
    ("tests/gold/blind79.jsonl", 4, 0.95, 0.93, 8, 0.99),
    ("tests/gold/blind80.jsonl", 4, 0.85, 0.94, 15, 0.65),
    ("tests/gold/blind81.jsonl", 4, 0.95, 0.99, 8, 0.89),
    ("tests/gold/blind82.jsonl", 4, 0.89, 0.91, 6, 0.99),
    ("tests/gold/blind83.jsonl", 4, 0.87, 0.99, 8, 0.74),
    ("tests/gold/blind84.jsonl", 4, 0.92, 0.96, 21, 0.65),
    ("tests/gold/blind85.jsonl", 4, 0.73, 0.99, 10, 0.99),
    ("tests/gold/blind86.jsonl", 4, 0.88, 0.99, 4, 0.72),
    ("tests/gold/blind87.jsonl", 4, 0.89, 0.91, 12, 0.99),
    ("tests/gold/blind88.jsonl", 4, 0.90, 0.99, 16, 0.99),
    ("tests/gold/blind89.jsonl", 4, 0.97, 0.93, 15, 0.99),
    ("tests/gold/blind90.jsonl", 4, 0.99, 0.88, 12, 0.99),
    ("tests/gold/blind91.jsonl", 4, 0.97, 0.92, 6, 0.99),
    ("tests/gold/blind92.jsonl", 4, 0.96, 0.72, 8, 0.99),
    ("tests/gold/blind93.jsonl", 4, 0.95, 0.96, 15, 0.99),
    ("tests/gold/blind94.jsonl", 4, 0.99, 0.92, 12, 0.99),
    ("tests/gold/blind95.jsonl", 4, 0.96, 0.93, 7, 0.92),
    ("tests/gold/blind96.jsonl", 4, 0.96, 0.92, 12, 0.90),
    ("tests/gold/blind97.jsonl", 4, 0.95, 0.99, 14, 0.99),
    ("tests/gold/blind98.jsonl", 4, 0.93, 0.99, 17, 0.88),
    ("tests/gold/blind99.jsonl", 4, 0.95, 0.99, 14, 0.90),
    ("tests/gold/blind100.jsonl", 4, 0.97, 0.99, 8, 0.99),
    ("tests/gold/blind101.jsonl", 4, 0.95, 0.99, 7, 0.93),
    ("tests/gold/blind102.jsonl", 4, 0.93, 0.99, 13, 0.82),
    ("tests/gold/blind103.jsonl", 4, 0.95, 0.94, 8, 0.99),
    ("tests/gold/blind104.jsonl", 4, 0.87, 0.96, 15, 0.99),
    ("tests/gold/blind105.jsonl", 4, 0.95, 0.79, 6, 0.99),
    ("tests/gold/blind106.jsonl", 4, 0.98, 0.95, 10, 0.99),
    ("tests/gold/blind107.jsonl", 4, 0.97, 0.99, 4, 0.91),
    ("tests/gold/blind108.jsonl", 4, 0.90, 0.83, 5, 0.84),
    ("tests/gold/blind109.jsonl", 4, 0.94, 0.91, 15, 0.88),
    ("tests/gold/blind110.jsonl", 4, 0.94, 0.99, 12, 0.93),
    ("tests/gold/blind111.jsonl", 4, 0.98, 0.88, 6, 0.63),
    ("tests/gold/blind112.jsonl", 4, 0.99, 0.96, 14, 0.99),
    ("tests/gold/blind113.jsonl", 4, 0.98, 0.99, 6, 0.99),
    ("tests/gold/blind114.jsonl", 4, 0.97, 0.90, 10, 0.99),
    ("tests/gold/blind115.jsonl", 4, 0.95, 0.96, 16, 0.99),
    ("tests/gold/blind116.jsonl", 4, 0.98, 0.86, 12, 0.99),
    ("tests/gold/blind117.jsonl", 4, 0.99, 0.99, 8, 0.99),
    ("tests/gold/blind118.jsonl", 4, 0.96, 0.95, 12, 0.99),
    ("tests/gold/blind119.jsonl", 4, 0.96, 0.92, 7, 0.99),
    ("tests/gold/blind120.jsonl", 4, 0.91, 0.94, 16, 0.99),
    ("tests/gold/blind121.jsonl", 4, 0.95, 0.76, 5, 0.99),
    ("tests/gold/blind122.jsonl", 4, 0.96, 0.99, 12, 0.99),
    ("tests/gold/blind123.jsonl", 4, 0.99, 0.85, 6, 0.99),
    ("tests/gold/blind124.jsonl", 4, 0.94, 0.94, 8, 0.82),
    ("tests/gold/blind125.jsonl", 4, 0.85, 0.86, 11, 0.61),
    ("tests/gold/blind126.jsonl", 4, 0.89, 0.74, 6, 0.99),
    ("tests/gold/blind127.jsonl", 4, 0.91, 0.91, 11, 0.99),
    // The seeds again, as a whole-pipeline check beside the per-type floors.
    ("tests/gold/seeds.jsonl", 5, 0.99, 0.99, 32, 0.99),
];

#[test]
fn labelled_sets_quality_does_not_fall() {
    for (gold, docs, micro, dir, speaker, rel) in SETS {
        let r = run(gold);
        assert_eq!(r.documents, docs, "{gold}");
        let m = r.entities_exact.as_ref().unwrap().micro.f1;
        assert!(m >= micro, "{gold}: entity micro F1 {m:.3} < {micro}");
        let d = r.directives.as_ref().unwrap().f1;
        assert!(d >= dir, "{gold}: directive F1 {d:.3} < {dir}");
        assert!(
            r.speakers_correct >= speaker,
            "{gold}: {} speakers right < {speaker}",
            r.speakers_correct
        );
        let l = r.relations.as_ref().unwrap().f1;
        assert!(l >= rel, "{gold}: relation F1 {l:.3} < {rel}");
    }
}

/// The speaker of a directive found is right for at least 94% of them over
/// all labelled sets (1050/1109 = 0.947 on 2026-12-03).
#[test]
fn speaker_accuracy_over_all_sets() {
    let (mut right, mut matched) = (0, 0);
    for (gold, ..) in SETS.iter().filter(|s| !s.0.ends_with("seeds.jsonl")) {
        let r = run(gold);
        right += r.speakers_correct;
        matched += r.speakers_matched;
    }
    let acc = right as f64 / matched as f64;
    assert!(acc >= 0.94, "speaker accuracy {right}/{matched} = {acc:.3}");
}

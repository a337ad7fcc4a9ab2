//! Show the dictionary matches and mentions for one sentence:
//! `cargo run --example matches -- "Tổng Bí thư Tô Lâm đề nghị…"`.

fn main() {
    let p = chidao::Pipeline::load(&chidao::default_dictionaries(), &[]).unwrap();
    let t = std::env::args().nth(1).unwrap();
    let n = chidao::normalize::Normalized::new(&t);
    for m in p.dict.find_all(&n) {
        let e = p.dict.entry(&m);
        println!(
            "match {:?} {} {:?}",
            &n.text[m.span.start..m.span.end],
            e.ty.as_str(),
            e.kind
        );
    }
    let mentions = chidao::entities::find(&p.dict, &n);
    for e in &mentions.entities {
        println!("mention {:?} {:?}", &n.text[e.span.start..e.span.end], e.ty);
    }
}

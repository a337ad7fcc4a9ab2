//! Directive classification and attribution on real sentences, positive and
//! negative, one case per rule.

use chidao::output::{DirectiveRow, DocOutput};
use chidao::Pipeline;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::load(&chidao::default_dictionaries(), &[]).unwrap())
}

/// Each directive's sentence start, speaker, and the field `pick` chooses.
fn directives(text: &str, pick: fn(&DirectiveRow) -> &str) -> Vec<(String, String, String)> {
    let out = DocOutput::from_analysis("t", "t", &pipeline().analyse(text.to_string()));
    out.directives
        .iter()
        .map(|d| {
            (
                d.text.chars().take(25).collect(),
                d.speaker.clone(),
                pick(d).to_string(),
            )
        })
        .collect()
}

/// (sentence start, speaker, addressee) of each directive.
fn dirs(text: &str) -> Vec<(String, String, String)> {
    directives(text, |d| &d.addressee)
}

/// (sentence start, speaker, cue) of each directive.
fn cued(text: &str) -> Vec<(String, String, String)> {
    directives(text, |d| &d.cue)
}

fn starts(text: &str) -> Vec<String> {
    dirs(text).into_iter().map(|d| d.0).collect()
}

#[test]
fn request_with_authority_subject() {
    let d = dirs("Tổng Bí thư Nguyễn Phú Trọng đề nghị Văn phòng Trung ương quan tâm xử lý kịp thời các đơn thư.");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].1, "Nguyễn Phú Trọng");
    assert_eq!(d[0].2, "Văn phòng Trung ương");
}

#[test]
fn say_cue_with_action_is_a_directive_and_comrade_resolves() {
    let d = dirs(
        "Phát biểu chỉ đạo, đồng chí Trương Thị Mai chúc mừng những kết quả mà Văn phòng đạt được.\n\
         Đồng chí nhấn mạnh, Văn phòng Trung ương cần bảo đảm cho chương trình của Ban Chấp hành Trung ương ở mức tốt nhất.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Trương Thị Mai");
    assert_eq!(d[0].2, "Văn phòng Trung ương");
}

#[test]
fn say_cue_with_praise_is_not() {
    let d = starts(
        "Đồng chí Trương Thị Mai nhấn mạnh, với khối lượng công việc rất lớn, yêu cầu cao về chất lượng, tiến độ, Văn phòng đã có nhiều nỗ lực, phấn đấu và hoàn thành tốt nhiệm vụ được giao.",
    );
    assert!(d.is_empty(), "{d:?}");
    let d = starts("Kết luận buổi làm việc, Tổng Bí thư Nguyễn Phú Trọng nhấn mạnh vai trò hết sức quan trọng của Văn phòng Trung ương Đảng.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn wishes_thanks_proposals_and_nouns_are_not() {
    for s in [
        "Đồng chí Nguyễn Sinh Hùng trân trọng chúc toàn thể cán bộ, công chức năm mới hạnh phúc, thành công.",
        "Tại buổi làm việc, các cán bộ chủ chốt của Văn phòng Trung ương đã thảo luận và đề xuất các giải pháp cải tiến phương pháp công tác.",
        "Đồng chí Lê Hồng Anh đã giải đáp các kiến nghị của Văn phòng Trung ương về cơ chế, chính sách.",
        "Các đồng chí cũng thống nhất đề ra một số giải pháp đổi mới, cùng tiếp tục phấn đấu hoàn thành nhiệm vụ công tác năm 2012.",
        "Chánh Văn phòng Trung ương Đảng Nguyễn Văn Nên cho rằng cần nhìn nhận khách quan một số hạn chế còn tồn đọng.",
    ] {
        assert!(starts(s).is_empty(), "{s}: {:?}", starts(s));
    }
}

#[test]
fn continuation_of_guidance() {
    let d = dirs(
        "Về nhiệm vụ năm 2012, đồng chí Lê Hồng Anh đề nghị bốn văn phòng cần tiếp tục đổi mới về tư duy, phương thức hoạt động. \
         Cần thường xuyên trao đổi thông tin, đôn đốc việc xây dựng các đề án.\n\
         Trong đó, tập trung vào việc tiếp tục tăng cường phối hợp chặt chẽ.\n\
         Tăng cường ứng dụng công nghệ thông tin trong tham mưu, phục vụ.",
    );
    assert_eq!(d.len(), 4, "{d:?}");
    assert!(d.iter().all(|x| x.1 == "Lê Hồng Anh"));
    assert_eq!(d[0].2, "bốn văn phòng");
}

#[test]
fn body_as_issuer() {
    let d = dirs("Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng quán triệt sâu sắc nghị quyết.");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].1, "Bộ Chính trị");
}

#[test]
fn theo_x_and_a_title_resolved_within_the_article() {
    let d = dirs(
        "Tổng Bí thư Nguyễn Phú Trọng làm việc với Văn phòng Trung ương Đảng\n\
         Về công tác tham mưu, Tổng Bí thư chỉ rõ: việc xây dựng chương trình làm việc phải rất chọn lọc, chặt chẽ.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Phú Trọng");
    let d = dirs(
        "Theo Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, năm 2019 là năm có nhiều sự kiện quan trọng, đòi hỏi cả hệ thống chính trị phải ra sức phấn đấu.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Thị Kim Ngân");
}

#[test]
fn a_request_to_a_foreign_counterpart_is_a_directive() {
    let d =
        dirs("Chủ tịch nước Trương Tấn Sang mong muốn Hàn Quốc tăng cường đầu tư vào Việt Nam.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Trương Tấn Sang");
    let d = starts("Bộ trưởng, Chủ nhiệm Văn phòng Chủ tịch nước Đào Việt Trung hy vọng, năm 2019, 4 Văn phòng tiếp tục thực hiện tốt công tác phối hợp.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn no_directives_from_furniture() {
    let d = starts("Bài chính.\nTin cùng chuyên mục\n- Thủ tướng yêu cầu các bộ khẩn trương hoàn thành nhiệm vụ.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn quoted_words_before_the_speaker() {
    let d = dirs("“Các địa phương phải quyết liệt hơn nữa trong giải ngân vốn đầu tư công”, Thủ tướng Phạm Minh Chính nhấn mạnh.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Phạm Minh Chính");
    // A quoted assessment is not.
    let d = starts("“Kết quả năm qua rất đáng trân trọng”, Thủ tướng Phạm Minh Chính nói.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn bare_comrade_is_the_office_holder_named_before() {
    let d = dirs(
        "Chủ tịch UBND tỉnh Nguyễn Văn Sơn chủ trì hội nghị.\n\n\
         Đồng thời, đồng chí cũng đề nghị các cơ quan, đơn vị tiếp tục rà soát lại công việc, bám sát các nội dung đã, đang và chưa triển khai.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Văn Sơn");
    assert_eq!(d[0].2, "các cơ quan, đơn vị");
}

#[test]
fn a_past_clause_inside_the_request_object_does_not_block_it() {
    let d = dirs("Bộ trưởng Nguyễn Thanh Long yêu cầu các bệnh viện tiếp tục triển khai các giải pháp đã được Bộ Y tế hướng dẫn.");
    assert_eq!(d.len(), 1, "{d:?}");
    // The cue itself in the past with its result is a report.
    let d =
        starts("Bộ trưởng Nguyễn Thanh Long yêu cầu, các bệnh viện đã hoàn thành việc rà soát.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn delegates_proposing_to_the_government_is_no_directive() {
    let d = starts("Các đại biểu đề nghị Chính phủ sớm ban hành nghị định hướng dẫn.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn headline_with_speaker_and_instruction() {
    // Thời Đại, 2020; Báo Nghệ An, 2022: "Speaker: instruction" headlines.
    let d = dirs("Phó Thủ tướng Vũ Đức Đam: 'Tuyệt đối không lơ là, chủ quan trong phòng, chống dịch COVID-19'\n\nVăn phòng Chính phủ vừa có công văn.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Vũ Đức Đam");
    let d = dirs("Chủ tịch UBND tỉnh: Chủ động triển khai ngay kết luận Thủ tướng về các dự án hạ tầng chiến lược\n\nChiều 26/7, Chủ tịch UBND tỉnh Nguyễn Đức Trung chủ trì phiên họp.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Đức Trung");
    // A headline that reports a result, or names a theme without a speaker, is not.
    assert!(starts("Kết luận của Bộ Chính trị: Đại hội Đảng bộ các cấp đã được tổ chức thành công\n\nBộ Chính trị đã ban hành kết luận.").is_empty());
    assert!(starts("Tăng cường hơn nữa công tác phối hợp giữa bốn văn phòng Trung ương\n\nSáng nay, các văn phòng họp.").is_empty());
}

#[test]
fn items_after_a_leaders_colon_are_guidance() {
    // Thời Đại, 2020: "có ý kiến như sau:" then items without a cue.
    let d = dirs(
        "Văn phòng Chính phủ truyền đạt ý kiến của Phó Thủ tướng Vũ Đức Đam như sau:\n\
        Tất cả các cấp, các ngành cần nêu cao tinh thần trách nhiệm.\n\
        Thực hiện nghiêm ngặt việc khai báo y tế đối với tất cả những người nhập cảnh.\n\
        Bộ Y tế khẩn trương hoàn thiện hệ thống quản lý sức khỏe đối với người nhập cảnh.",
    );
    assert_eq!(d.len(), 3, "{d:?}");
    assert!(d.iter().all(|x| x.1 == "Vũ Đức Đam"), "{d:?}");
    // A list of guests after a colon is no guidance.
    let d = starts("Cùng dự có các đồng chí:\nNguyễn Văn Nên, Ủy viên Bộ Chính trị.\nBộ Y tế phối hợp tổ chức.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn a_leader_laying_down_tasks() {
    // Người Quan Sát, 2025.
    let d = dirs("Thủ tướng Phạm Minh Chính chỉ rõ 15 nhóm nhiệm vụ, giải pháp quan trọng để thực hiện bằng được các mục tiêu lớn.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Phạm Minh Chính");
    // Tasks reported as done are not.
    assert!(starts("Thủ tướng Phạm Minh Chính cho biết các nhiệm vụ đã hoàn thành.").is_empty());
}

#[test]
fn khong_phai_is_not_an_obligation() {
    // Pháp Luật TP.HCM, 2014: "chứ không phải" means "rather than".
    let d = starts("Thủ tướng Nguyễn Tấn Dũng chủ trì hội nghị.\n“Nếu không có sự kiện này thì chúng ta có khoảng 9 triệu khách du lịch chứ không phải 8 triệu” - Thủ tướng cho hay.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn the_office_after_a_clause_about_a_guest_is_the_speaker() {
    // Báo Kiểm toán, 2021.
    let d = dirs("Chủ tịch nước Nguyễn Xuân Phúc tiếp các Đại sứ trình Quốc thư.\n\
        Tiếp Đại sứ Nigeria Hassan Adamu Mamaniu trình Quốc thư, Chủ tịch nước đề nghị hai bên tăng cường hợp tác.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Xuân Phúc");
}

#[test]
fn a_wish_addressed_to_office_holders_as_a_group() {
    // VOV, 2013: "mong muốn các Đại sứ … nỗ lực" asks them to act.
    let d = dirs("Chủ tịch Quốc hội Nguyễn Sinh Hùng mong muốn các Đại sứ, Trưởng cơ quan đại diện Việt Nam ở nước ngoài không ngừng nỗ lực, phấn đấu.");
    assert_eq!(d.len(), 1, "{d:?}");
    // Trust placed ("giao phó") is no instruction, nor is a wish for an outcome.
    assert!(starts("Chủ tịch Quốc hội Nguyễn Sinh Hùng chúc mừng các Đại sứ và nhấn mạnh, đây là trọng trách mà nhân dân tin tưởng giao phó cho các đại sứ.").is_empty());
    assert!(starts(
        "Chủ tịch Quốc hội Nguyễn Sinh Hùng mong muốn sớm được đón Tổng thống sang thăm."
    )
    .is_empty());
}

#[test]
fn a_cue_in_a_relative_clause_asks_nothing() {
    // Báo Kon Tum, 2016: the sapo points back to the headline.
    let d = starts("Sáng nay, UBND tỉnh họp phiên thường kỳ.\nĐây là một trong những nội dung mà Chủ tịch UBND tỉnh Nguyễn Văn Hòa chỉ đạo tại phiên họp.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn headline_with_an_instruction_after_a_colon() {
    // Báo Kon Tum, 2016: the issuer is the chairman who speaks in the body.
    let d = dirs("UBND tỉnh họp phiên thường kỳ tháng 8/2016: Thủ trưởng các ngành cần nêu cao tinh thần trách nhiệm\n\n\
        Chủ tịch UBND tỉnh Nguyễn Văn Hòa yêu cầu các sở, ngành khẩn trương triển khai nhiệm vụ.");
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d.iter().all(|x| x.1 == "Nguyễn Văn Hòa"), "{d:?}");
    // Without guidance in the body there is nobody to attribute it to.
    assert!(starts(
        "Hội nghị tổng kết: Các ngành cần nêu cao trách nhiệm\n\nHội nghị diễn ra sáng nay."
    )
    .is_empty());
}

#[test]
fn a_leaders_view_keeps_the_guidance_and_modals_are_no_nouns() {
    // VietTimes, 2020: "cần đặt mục tiêu" is guidance; a plan told after
    // "gợi ý" ("tỉnh sẽ xây dựng") is not asked for.
    let d = dirs("Bộ trưởng Nguyễn Mạnh Hùng đề nghị An Giang đưa ra các chính sách mới.\n\
        Bộ trưởng Nguyễn Mạnh Hùng cho rằng, để phát triển chính phủ số, mỗi người dân phải có một điện thoại thông minh.\n\
        Theo đó, tỉnh cần chỉ đạo các doanh nghiệp phủ sóng 5G ở tất cả khu công nghiệp.");
    let s: Vec<&str> = d.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(s.len(), 2, "{d:?}");
    assert!(s[1].starts_with("Theo đó"), "{d:?}");
    assert!(starts("Chủ tịch Quốc hội Vương Đình Huệ gợi ý: \"Sắp tới, tỉnh sẽ xây dựng chương trình hành động.\"").is_empty());
}

#[test]
fn a_hosts_view_telling_both_sides_and_thanks_for_trust() {
    // Hànộimới (2007–2011), Bảo vệ pháp luật 2021.
    let d = dirs("Chủ tịch Quốc hội Nguyễn Phú Trọng tiếp đoàn.\nChủ tịch QH Nguyễn Phú Trọng cho rằng, trong thời gian tới, hai bên cần không ngừng củng cố quan hệ hữu nghị.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Phú Trọng");
    assert!(starts("Phát biểu nhận nhiệm vụ, tân Phó Chủ tịch UBND tỉnh Phú Yên Đào Mỹ cảm ơn Tỉnh ủy, HĐND, UBND tỉnh đã tin tưởng giao nhiệm vụ mới.").is_empty());
    // A request reported with "đã" is still one.
    assert_eq!(starts("Bộ trưởng Hoàng Tuấn Anh đánh giá cao kết quả, để hoàn thành nhiệm vụ Bộ trưởng Hoàng Tuấn Anh đã yêu cầu các Cục, Vụ tập trung triển khai.").len(), 1);
}

#[test]
fn a_document_asks_for_its_issuer() {
    // Pháp Luật TP.HCM, 2022; Chính phủ, 2024.
    let d = dirs("Ngày 18-11, Ban Bí thư ban hành Chỉ thị số 19 về tổ chức Tết Quý Mão 2023. Chỉ thị yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện tốt 7 nhóm nhiệm vụ trọng tâm.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Ban Bí thư");
    assert_eq!(d[0].2, "các cấp ủy, tổ chức đảng");
    let d = dirs("Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 183/CĐ-TTg về khắc phục hậu quả bão số 10. Công điện yêu cầu Chủ tịch UBND các tỉnh chỉ đạo khẩn trương khắc phục hậu quả. Công điện nêu rõ, đợt bão gây thiệt hại nặng nề.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Phạm Minh Chính");
    // Assessment in the document's words is no directive; neither is a
    // document named inside a sentence.
    assert!(dirs("Kế hoạch được triển khai từ năm 2021 đến nay.").is_empty());
}

#[test]
fn a_visit_named_is_no_directive_and_the_leaders_view_carries_on() {
    // VOV5, 2017: the activity of a visit, no one asked to act.
    assert!(starts("Chiều 14/9, Phó Thủ tướng Chính phủ Trịnh Đình Dũng cũng đến Hà Tĩnh kiểm tra, chỉ đạo công tác phòng chống bão Doksuri.").is_empty());
    // Báo Đấu thầu, 2016: "Cũng theo Thủ tướng, …" opens his passage and
    // "Do vậy, điều quan trọng là phải …" is his guidance.
    let d = dirs("Thủ tướng Nguyễn Xuân Phúc làm việc với Bộ Kế hoạch và Đầu tư.\n\nCũng theo Thủ tướng, nền kinh tế bước vào năm 2016 với nhiều khó khăn.\n\nDo vậy, điều quan trọng là phải làm sao để thích ứng và có giải pháp điều hành.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].0, "Do vậy, điều quan trọng l");
    assert_eq!(d[0].1, "Nguyễn Xuân Phúc");
}

#[test]
fn a_list_of_instructions_after_a_colon() {
    // Khánh Hòa Party committee, 2018: the line that only introduces the
    // items is none; a request opening its sentence, after a caption, is
    // the secretary's; each dashed item continues it.
    let t = "Tại giao ban tuần ngày 09/11/2018, đồng chí Lê Thanh Quang, Bí thư Tỉnh ủy chỉ đạo:\n\nĐồng chí Bí thư Tỉnh ủy chỉ đạo tại buổi giao ban sáng 09/11/2018\nYêu cầu Ủy ban nhân dân tỉnh chỉ đạo các ngành tập trung thực hiện tốt một số vấn đề sau:\n- Đẩy mạnh rà soát, đôn đốc thực hiện các nội dung công việc.\n- Tích cực, chủ động triển khai các phương án phòng, chống lụt, bão.";
    let d = dirs(t);
    let s: Vec<&str> = d.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(
        s,
        [
            "Yêu cầu Ủy ban nhân dân t",
            "- Đẩy mạnh rà soát, đôn đ",
            "- Tích cực, chủ động triể"
        ],
        "{d:?}"
    );
    assert!(d.iter().all(|x| x.1 == "Lê Thanh Quang"), "{d:?}");
    assert_eq!(d[0].2, "Ủy ban nhân dân tỉnh");
}

#[test]
fn an_order_is_a_directive_and_ones_own_readiness_is_not() {
    // QRT, 2020: an order to the force.
    let d = dirs("Sáng 15/12, Giám đốc Công an tỉnh chính thức phát lệnh cho lực lượng công an toàn tỉnh đồng loạt ra quân thực hiện đợt cao điểm tấn công trấn áp tội phạm.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Giám đốc Công an tỉnh");
    // VOV5, 2017: Vietnam's own readiness, told to a guest.
    assert!(starts("Chủ tịch nước Trần Đại Quang nhấn mạnh Việt Nam sẵn sàng cùng phía Hàn Quốc triển khai hiệu quả Hiệp định; tiếp tục khuyến khích các doanh nghiệp Hàn Quốc đầu tư vào Việt Nam.").is_empty());
}

#[test]
fn a_body_speaks_by_its_full_name_and_a_leaders_we_must() {
    // Người Lao Động, 2025: "UBND tỉnh" after the article named it in full.
    let d = dirs("UBND tỉnh Đắk Lắk vừa có văn bản về kết quả họp báo. UBND tỉnh yêu cầu các đơn vị đôn đốc, đẩy nhanh tiến độ xử lý dứt điểm các vụ việc báo chí phản ánh.");
    assert!(d.iter().any(|x| x.1 == "UBND tỉnh Đắk Lắk"), "{d:?}");
    // Nguồn lực, 2022: "chúng ta phải" in a minister's view.
    let d = dirs("Tại buổi họp mặt, Bộ trưởng Bộ NN&PTNT Lê Minh Hoan cho rằng, vấn đề đặt ra hiện nay là chúng ta phải chuyển từ tư duy sản xuất nông nghiệp sang kinh tế nông nghiệp.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Lê Minh Hoan");
}

#[test]
fn the_standing_warning_continues_guidance() {
    // Thanh Niên, 2020.
    let d = starts("Thứ trưởng Nguyễn Văn Phúc yêu cầu các địa phương tổ chức tốt kỳ thi. Việc phòng chống dịch bệnh không thể chủ quan vì phát sinh từng giờ.");
    assert_eq!(d.len(), 2, "{d:?}");
}

#[test]
fn urgent_headline_orders_for_the_body_leader_and_theme_headline_does_not() {
    let text = "Tập trung tuyên truyền các Nghị quyết của Đảng\n\n\
        Phó Trưởng Ban Tuyên giáo Tỉnh ủy Lê Mạnh Hùng đề nghị các đơn vị tập trung tuyên truyền các Nghị quyết của Đảng.";
    let d = dirs(text);
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d[0].0.starts_with("Tập trung tuyên truyền"));
    assert_eq!(d[0].1, "Lê Mạnh Hùng");
    // A theme ("Tăng cường …") names a topic: only the body's request counts.
    let text = "Tăng cường hơn nữa công tác phối hợp giữa bốn văn phòng Trung ương\n\n\
        Tổng Bí thư Nguyễn Phú Trọng đề nghị bốn văn phòng tiếp tục phối hợp chặt chẽ.";
    assert_eq!(starts(text).len(), 1, "{:?}", starts(text));
    // With no leader in the body, nobody ordered anything.
    assert!(starts("Đồng loạt tấn công tội phạm, bảo đảm cho nhân dân đón tết\n\nLực lượng công an đã bắt 20 đối tượng.").is_empty());
}

#[test]
fn connective_then_task_noun_or_là_continues_the_guidance() {
    let d = starts(
        "Bộ trưởng Lê Minh Hoan đề nghị các địa phương triển khai một số giải pháp thúc đẩy tiêu thụ nông sản. \
         Trong đó, thực hiện mạnh mẽ cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” nhằm thúc đẩy tiêu thụ nông sản.",
    );
    assert_eq!(d.len(), 2, "{d:?}");
    let d = starts(
        "Chủ tịch Quốc hội Trần Thanh Mẫn nêu rõ, Quốc hội phải tập trung chuẩn bị cho kỳ họp thứ 10. \
         Cùng với đó là chuẩn bị cho lễ kỷ niệm Cách mạng Tháng Tám, Quốc khánh 2.9.",
    );
    assert_eq!(d.len(), 2, "{d:?}");
    let d2 = starts(
        "Bí thư Tỉnh ủy Nguyễn Văn A yêu cầu các cấp ủy tập trung lãnh đạo thực hiện tốt 7 nhóm nhiệm vụ trọng tâm. \
         Trong đó, nhiệm vụ đầu tiên là thực hiện tốt các chính sách an sinh xã hội.",
    );
    assert_eq!(d2.len(), 2, "{d2:?}");
    // A past result after the connective is no guidance.
    let d = starts(
        "Bí thư Tỉnh ủy Nguyễn Văn A yêu cầu các cấp ủy tập trung lãnh đạo. \
         Trong đó, nhiệm vụ đầu tiên là đã hoàn thành các chính sách an sinh xã hội.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn fronted_phrase_after_connective_then_the_verb() {
    let d = starts(
        "Chủ tịch UBND TP Chu Ngọc Anh lưu ý, các ngành cần tập trung trí tuệ, quyết liệt phòng dịch trên mọi phương diện.\n\n\
         Chủ tịch UBND TP.Hà Nội Chu Ngọc Anh chủ trì hội nghị chiều 28/4.\n\n\
         Cùng đó, song song với các nhiệm vụ tăng tốc phát triển kinh tế, đón đầu cơ hội đầu tư, phấn đấu đạt và vượt các chỉ tiêu tăng trưởng TP năm 2021.",
    );
    assert_eq!(d.len(), 2, "{d:?}");
}

#[test]
fn quoted_guidance_with_a_connective_before_the_speaker() {
    let d = dirs(
        "Chủ tịch UBND TP Chu Ngọc Anh yêu cầu các sở tập trung phòng dịch. \
         \"Trong đó nhiệm vụ quan trọng nhất trong tháng 5 là phục vụ tốt nhất, thành công cuộc bầu cử\", ông Chu Ngọc Anh nói.",
    );
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[1].1, "Chu Ngọc Anh");
}

#[test]
fn a_cue_that_ends_the_sentence_asks_only_after_guidance() {
    let d = starts(
        "“Tôi tin rằng, ổ ma túy không chỉ dừng lại ở một điểm là quán bar Vegas mà còn tiềm ẩn ở những nơi khác nữa”, Chủ tịch UBND tỉnh Phan Ngọc Thọ lưu ý.",
    );
    assert!(d.is_empty(), "{d:?}");
    let d = starts(
        "“Các lực lượng cần tăng cường kiểm tra, rà soát tất cả các quán bar trên địa bàn”, Chủ tịch UBND tỉnh Phan Ngọc Thọ lưu ý.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn a_leaders_view_naming_a_body_and_its_action() {
    let d = dirs(
        "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân cho biết, Đảng bộ Thanh Hóa cần coi trọng và tập trung hơn nữa công tác xây dựng Đảng. \
         Tiếp tục cụ thể hóa, thực hiện các chủ trương, đường lối, nghị quyết của Đảng.",
    );
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Thị Kim Ngân");
    // An opinion about people in general, or a state of mind, asks no body.
    assert!(starts("Bộ trưởng Nguyễn Mạnh Hùng cho rằng, để phát triển công dân số, mỗi người dân phải có một điện thoại thông minh.").is_empty());
    assert!(
        starts("Bộ trưởng Lê Minh Hoan cho rằng, ĐBSCL phải tự tin vào thương hiệu vùng.")
            .is_empty()
    );
}

#[test]
fn wish_to_the_people_spoken_to_and_one_class_noun_addressed() {
    let d = dirs(
        "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Dương Thu Hiền mong muốn các đồng chí tiếp tục đóng góp ý kiến, chia sẻ kinh nghiệm.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Dương Thu Hiền");
    let d = starts(
        "Ông Phạm Thiện Nghĩa đề nghị Thanh Bình cần rà soát lại nhiệm vụ từ nay đến 2025. \
         Huyện tăng cường xây dựng hình ảnh địa phương thân thiện phục vụ nhân dân.",
    );
    assert_eq!(d.len(), 2, "{d:?}");
    // A body's name is no class noun ("Tỉnh ủy …" reports).
    let d = starts(
        "Ông Phạm Thiện Nghĩa đề nghị Thanh Bình cần rà soát lại nhiệm vụ từ nay đến 2025. \
         Tỉnh ủy đã tăng cường kiểm tra.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn an_assigned_post_and_a_pledge_are_no_directives() {
    let d = starts(
        "Ông Trịnh Văn Chiến, Bí thư Tỉnh ủy Thanh Hóa được Bộ Chính trị phân công tiếp tục chỉ đạo Đảng bộ tỉnh Thanh Hóa cho đến khi kết thúc Đại hội XIII của Đảng.",
    );
    assert!(d.is_empty(), "{d:?}");
    let d = starts(
        "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Chiến kêu gọi toàn thể cán bộ ủng hộ đồng bào. \
         Đồng thời, Trung ương MTTQ Việt Nam cam kết công khai, minh bạch và sử dụng đúng mục đích mọi sự đóng góp.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    // "cần chuẩn bị sẵn sàng": the modal asks before the readiness word.
    let d = starts(
        "Phó Thủ tướng Trịnh Đình Dũng yêu cầu các địa phương theo dõi sát diễn biến của bão. \
         Tỉnh Nghệ An cần chuẩn bị sẵn sàng lực lượng, phương tiện để ứng cứu.",
    );
    assert_eq!(d.len(), 2, "{d:?}");
}

#[test]
fn a_plan_rolled_out_by_a_body_speaks_for_it() {
    let d = dirs(
        "Tại hội nghị, các cơ quan chức năng của Quân đoàn 34 đã quán triệt mục đích, yêu cầu của hội thi và triển khai kế hoạch tham gia hội thi.\n\n\
         Kế hoạch nhấn mạnh việc phát huy trách nhiệm của cấp ủy, chỉ huy các cấp; tăng cường công tác giáo dục, tuyên truyền.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Quân đoàn 34");
}

#[test]
fn the_holder_of_the_very_office_over_the_last_of_the_role() {
    let d = dirs(
        "Ở điểm cầu Trung ương, đồng chí Đỗ Văn Chiến, Bí thư Trung ương Đảng, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam chủ trì hội nghị. \
         Tham dự điểm cầu tỉnh ta có đồng chí Lê Văn Bình, UVTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.\n\n\
         Tại chương trình, đồng chí Chủ tịch Ủy ban Trung ương MTTQ Việt Nam kêu gọi toàn thể cán bộ, công chức ủng hộ đồng bào.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Đỗ Văn Chiến");
}

#[test]
fn a_bare_role_speaks_for_the_office_named_before() {
    let d = dirs(
        "Chủ tịch nước Nguyễn Minh Triết làm việc với tỉnh Trà Vinh.\n\n\
         Trong lĩnh vực nông nghiệp, Chủ tịch đề nghị Trà Vinh nghiên cứu nâng cao chất lượng các sản phẩm thủy sản.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Minh Triết");
    let d = dirs("Sau khi nghe báo cáo, Tư lệnh Quân khu yêu cầu lãnh đạo, chỉ huy các đơn vị làm tốt công tác huấn luyện.");
    assert_eq!(d[0].1, "Tư lệnh Quân khu");
}

#[test]
fn a_courtesy_call_gives_no_task_and_a_fronted_phrase_before_the_body() {
    let d = starts("Thủ tướng Nguyễn Tấn Dũng tiếp Đại sứ Thụy Điển đến chào xã giao\n\nThủ tướng Nguyễn Tấn Dũng đã tiếp Đại sứ.");
    assert!(d.is_empty(), "{d:?}");
    let d = dirs("Chủ tịch nước Nguyễn Minh Triết cho rằng, trong lĩnh vực công nghiệp dịch vụ, Trà Vinh cần đón đầu các dự án trọng điểm của quốc gia.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Minh Triết");
}

#[test]
fn a_request_headline_a_later_wish_and_judged_tasks() {
    // Báo Hải Dương, 2018: the headline asks, the body's leader asked it.
    let d = dirs(
        "Yêu cầu làm rõ vụ việc bổ nhiệm “thần tốc” ông Vũ Hùng Sơn\n\n\
         Phó Thủ tướng Trương Hòa Bình yêu cầu Bộ Nội vụ làm rõ vụ việc.",
    );
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[0].1, "Trương Hòa Bình");
    // Công an nhân dân, 2016: a wish after what the leader shared.
    let d = dirs(
        "Đồng chí Bí thư Tỉnh ủy Trịnh Văn Chiến cũng chia sẻ khó khăn, vất vả của lực lượng Công an Thanh Hóa trong thời gian qua và mong muốn lực lượng Công an Thanh Hóa tiếp tục phấn đấu hoàn thành xuất sắc nhiệm vụ.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Trịnh Văn Chiến");
    // Znews, 2026: tasks judged heavy, and a past result "theo đúng chỉ đạo".
    assert!(starts("Thủ tướng Phạm Minh Chính nhấn mạnh nhiệm vụ năm 2026 rất nặng nề, với mục tiêu đảm bảo ổn định kinh tế vĩ mô.").is_empty());
    assert!(starts("Thủ tướng Phạm Minh Chính khẳng định cả nước đã vui Xuân, đón Tết an toàn theo đúng chỉ đạo.").is_empty());
    // A leader laying down counted tasks still does.
    assert_eq!(
        starts("Thủ tướng Phạm Minh Chính chỉ rõ 15 nhóm nhiệm vụ, giải pháp trọng tâm.").len(),
        1
    );
    // Sài Gòn Giải Phóng, 2023: a wish to the teachers met.
    let d = starts("Bộ trưởng Nguyễn Kim Sơn mong các thầy cô giáo giữ gìn sức khỏe và hoàn thành tốt nhiệm vụ tổ chức kỳ thi.");
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn an_occasion_is_no_request_and_a_request_named_as_the_task() {
    // Dân trí, 2026: "Chỉ đạo tại hội nghị" frames praise.
    let d = starts("Chỉ đạo tại hội nghị, Thiếu tướng Lê Hồng Nhân, Phó Tư lệnh Quân khu 4, biểu dương tinh thần trách nhiệm của Bộ Chỉ huy Quân sự tỉnh Quảng Trị.");
    assert!(d.is_empty(), "{d:?}");
    // tphcm.dangcongsan.vn, 2019: the body's tasks after "là".
    let d = dirs(
        "Ban Thường vụ Thành ủy TPHCM yêu cầu các quận, huyện tập trung lãnh đạo, chỉ đạo khắc phục. \
         Cùng với đó là chỉ đạo rà soát, đẩy nhanh tiến độ giải ngân các công trình từ nguồn vốn ngân sách.",
    );
    assert_eq!(d.len(), 2, "{d:?}");
    // Báo An Giang, 2024: "Bên cạnh đó, gắn kết …" continues the guidance.
    let d = starts(
        "Đồng chí Nguyễn Mạnh Hà đề nghị Ban Tuyên giáo Huyện ủy tiếp tục nắm bắt tình hình tư tưởng. \
         Bên cạnh đó, gắn kết chặt chẽ công tác nắm bắt dư luận xã hội với công tác khác.",
    );
    assert_eq!(d.len(), 2, "{d:?}");
}

#[test]
fn nouns_listed_after_sự_are_no_request() {
    // kevesko.vn, 2018: "sự quan tâm, chỉ đạo sát sao của Tỉnh ủy".
    let d = starts("Bộ trưởng Lê Thành Long bày tỏ, công tác Tư pháp trên địa bàn tỉnh Quảng Nam thời gian qua đã nhận được sự quan tâm, chỉ đạo sát sao của Tỉnh ủy, HĐND, UBND tỉnh.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn a_subheading_with_its_speaker_and_a_task_after_a_colon() {
    // Tạp chí Xây dựng, 2017: a subheading "Speaker: instruction".
    let d = dirs(
        "Vận tải 24/09/2017 12:18\n\n\
         Buổi họp triển khai nhiệm vụ trọng tâm diễn ra sáng nay.\n\n\
         Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ: Hãy làm tốt công việc của mình bằng trách nhiệm\n\n\
         Các sở báo cáo kết quả.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].0.starts_with("Chủ tịch UBND TP Đà Nẵng"), "{d:?}");
    assert_eq!(d[0].1, "Huỳnh Đức Thơ");
    // Đài Thái Nguyên, 2020: "nêu rõ: Nhiệm vụ trọng tâm … là tổ chức …".
    let d = starts("Đồng chí Bí thư Tỉnh ủy Nguyễn Thanh Hải cũng nêu rõ: Nhiệm vụ trọng tâm trong tháng 10 là tổ chức thành công Đại hội đại biểu Đảng bộ tỉnh lần thứ XX.");
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn offices_in_apposition_do_not_separate_the_speaker_from_the_cue() {
    // dev256: the offices after the name, a bracketed abbreviation among
    // them, are the speaker's own; a document named after the person is not.
    let d = dirs("Ngày 31/5, Phó Thủ tướng Nguyễn Xuân Phúc, Chủ tịch Ủy ban An toàn giao thông (ATGT) quốc gia đã có công điện khẩn chỉ đạo các cơ quan chức năng TP HCM khắc phục hậu quả vụ tai nạn khiến 5 người chết.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Xuân Phúc");
    let d = starts("Thay mặt Bộ Chính trị, Tổng Bí thư Nguyễn Phú Trọng vừa ký Chỉ thị của Bộ Chính trị về việc nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn a_delegation_asks_with_its_leader() {
    // dev233: "đoàn công tác" is a group that speaks, not "công tác" the noun.
    let d = dirs("Phát biểu tại Hội nghị đồng chí Nguyễn Thanh Hà – Phó Bí thư Thường trực Huyện uỷ và đoàn công tác của huyện đề nghị trong thời gian tới xã Tú Trĩ cần tiếp tục quan tâm chỉ đạo tốt công tác sản xuất vụ xuân đảm bảo chỉ tiêu. Đẩy mạnh chuyển đổi cơ cấu cây trồng, vật nuôi theo hướng sản xuất hàng hoá.");
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d.iter().all(|x| x.1 == "Nguyễn Thanh Hà"), "{d:?}");
    let d = dirs(
        "Bộ trưởng Nguyễn Văn An và đoàn công tác yêu cầu tỉnh tiếp tục quan tâm sản xuất vụ xuân.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn numbered_items_of_an_announced_list_are_the_leaders_guidance() {
    // dev255: the items spell out "các nội dung sau"; a later clause naming
    // someone else ("Tổng Thư ký Quốc hội sẽ báo cáo") neither undoes the
    // item nor takes over the list.
    let d = dirs("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ thực hiện các nội dung sau:\n\
         1- Trước 05 ngày bắt đầu phiên họp, nội dung trình phải được gửi đến các thành viên Ủy ban Thường vụ Quốc hội; nội dung nào không đủ hồ sơ, Tổng Thư ký Quốc hội sẽ báo cáo Chủ tịch Quốc hội để xem xét.\n\
         2- Không bổ sung nội dung sau khi Chủ tịch Quốc hội đã quyết định triệu tập phiên họp, trừ trường hợp đặc biệt.\n\
         3- Cơ quan trình nội dung cần gửi hồ sơ tài liệu đến cơ quan thẩm tra theo đúng quy định của pháp luật.");
    assert_eq!(d.len(), 4, "{d:?}");
    assert!(d.iter().all(|x| x.1 == "Thủ tướng Chính phủ"), "{d:?}");
    assert_eq!(d[3].2, "Cơ quan trình nội dung");
    // No list was announced: numbered lines of a report are no guidance.
    let d = starts("Kết quả năm 2025 như sau.\n1- Tổng thu ngân sách đạt 12.000 tỷ đồng.\n2- Giải ngân vốn đầu tư công đạt 95%.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn a_body_given_a_duty_is_asked_not_asking() {
    // dev256: "Bộ GTVT có trách nhiệm chỉ đạo …" in the Deputy PM's telegram.
    let d = dirs("Trong công điện, Phó Thủ tướng Nguyễn Xuân Phúc yêu cầu Trưởng Ban ATGT TP HCM chỉ đạo Sở Giao thông vận tải tổ chức kiểm tra toàn diện.\n\
         Bộ GTVT có trách nhiệm chỉ đạo Tổng cục Đường bộ Việt Nam phối hợp với Sở GTVT TP HCM rà soát, kiểm tra dữ liệu từ thiết bị giám sát hành trình.");
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[1].1, "Nguyễn Xuân Phúc");
}

#[test]
fn what_a_leader_heard_is_not_what_he_said() {
    // dev265: "Sau khi nghe X báo cáo …, Y đã phát biểu ý kiến chỉ đạo" opens
    // Y's passage; a body with a modal before the cue is asked ("… phải quán
    // triệt"), not asking.
    let d = dirs("Sau khi nghe đồng chí Phạm Văn Minh, Giám đốc Công an tỉnh Bắc Giang và lãnh đạo Phòng PC45 Công an tỉnh Bắc Giang báo cáo một số nét chính về kết quả công tác, Bộ trưởng Bộ Công an Trần Đại Quang đã phát biểu ý kiến chỉ đạo. Theo đó, lực lượng Công an tỉnh Bắc Giang phải quán triệt sâu sắc các quan điểm của Bộ Công an về phòng ngừa đấu tranh tội phạm. Đồng thời, Công an Bắc Giang cần quan tâm thực hiện tốt công tác xây dựng lực lượng.");
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d.iter().all(|x| x.1 == "Trần Đại Quang"), "{d:?}");
}

#[test]
fn a_quote_over_several_sentences_is_spoken_by_the_one_named_after_it() {
    // dev274: the quote closes with "…”, Bí thư Đinh La Thăng đề nghị."; its
    // sentences that ask are his, the one that only points back is none.
    let d = dirs("Bí thư Thành ủy TP.HCM Đinh La Thăng dự lễ kỷ niệm.\n\
         “Các bạn phải tham gia vào 7 chương trình đột phá của thành phố. Đó cũng là nhiệm vụ then chốt dành cho các bạn về lâu dài. Tôi đề nghị các bạn hãy mạnh dạn hiến kế, xây dựng nhiều chương trình của riêng mình. Tham gia giải quyết trực tiếp những vấn đề bức xức của người dân, cải tiến quy trình làm việc”, Bí thư Đinh La Thăng đề nghị.");
    assert_eq!(d.len(), 3, "{d:?}");
    assert!(d.iter().all(|x| x.1 == "Đinh La Thăng"), "{d:?}");
    // A belief quoted before a reminder asks nothing.
    let d = starts("“Ổ ma túy này đã bị triệt phá. Tôi tin rằng, ổ ma túy không chỉ dừng lại ở một điểm mà còn tiềm ẩn ở những nơi khác nữa”, Chủ tịch UBND tỉnh Phan Ngọc Thọ lưu ý.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn a_document_issued_by_its_subject_asks_for_the_issuer() {
    // dev285, dev288: the request follows the document the subject issued.
    let d = dirs("UBND tỉnh Quảng Ninh vừa ban hành Văn bản số 3105/UBND-GTCN&XH chỉ đạo kiểm tra dự án khu đô thị tại khu 10B, phường Quang Hanh, thành phố Cẩm Phả.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "UBND tỉnh Quảng Ninh");
    let d = dirs("Cách đây không lâu, Bí thư Tỉnh uỷ tỉnh Bình Thuận Dương Văn An ký công văn gửi các cơ quan đơn vị, các tổ chức chính trị - xã hội yêu cầu tăng cường quản lý đất đai.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Dương Văn An");
    // A document about a request asks nothing.
    let d = starts("Vừa qua, Văn phòng Chính phủ đã có văn bản về việc yêu cầu chuẩn bị cho phiên họp Ủy ban thường vụ Quốc hội.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn giao_before_a_capitalised_body_assigns_and_a_wish_that_names_its_audience() {
    // dev286: "Giao Ban quản lý …" assigns; "giao ban" is a meeting.
    let d = dirs("Chủ tịch UBND tỉnh yêu cầu đẩy nhanh tiến độ. Giao Ban quản lý Dự án Dân dụng và Công nghiệp tỉnh đôn đốc, hỗ trợ nhà đầu tư sớm hoàn thiện hồ sơ.\nSáng nay, tỉnh tổ chức giao ban công tác tháng 5.");
    assert_eq!(d.len(), 2, "{d:?}");
    // dev281, dev283: "mong rằng" + the country met; a wish to a group spoken to.
    let d = dirs("Chủ tịch nước Trương Tấn Sang mong rằng Italia ủng hộ sớm phê chuẩn Hiệp định hợp tác đối tác toàn diện.");
    assert_eq!(d.len(), 1, "{d:?}");
    let d = dirs("Phó Chủ tịch nước Đặng Thị Ngọc Thịnh mong muốn các cựu giáo viên kiều bào Thái Lan ý thức cao hơn nữa về trách nhiệm duy trì phong trào dạy, học tiếng Việt.");
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn a_wish_to_an_office_holder_and_its_continuations() {
    // dev295: "mong muốn tân Giám đốc Công an tỉnh …" names the one asked;
    // the sentences after it continue, "Đặc biệt," and "tham mưu" too.
    let d = dirs("Thứ trưởng Bộ Công an Nguyễn Văn Thành mong muốn tân Giám đốc Công an tỉnh Thanh Hóa khắc phục mọi khó khăn, nêu cao tinh thần trách nhiệm. Lực lượng công an tỉnh tiếp tục phát huy truyền thống đoàn kết, thống nhất. Đặc biệt, thực hiện nghiêm quy chế bảo mật, phát ngôn. Đồng thời, tham mưu cấp ủy, chính quyền chỉ đạo các ngành tham gia tấn công, trấn áp tội phạm.");
    assert_eq!(d.len(), 4, "{d:?}");
    assert!(d.iter().all(|x| x.1 == "Nguyễn Văn Thành"), "{d:?}");
}

#[test]
fn the_conclusion_of_a_leader_is_a_noun_and_his_request_the_verb() {
    // dev303: the office sends the notice; the vice-chairman asks.
    let d = dirs("Ngày 10.2, Văn phòng UBND tỉnh thông báo kết luận của Phó Chủ tịch UBND tỉnh Trần Văn Tân yêu cầu Sở Y tế, Cảng hàng không Chu Lai tập trung triển khai quyết liệt, không được chủ quan, lơ là.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Trần Văn Tân");
    // A count on the line above is no count of the body ("… - Ảnh 1").
    let d = dirs("Ho tro cac ho co nguy co thieu doi dip Tet - Anh 1\n\nBộ Lao động, Thương binh và Xã hội đề nghị các địa phương không để tình trạng người dân thiếu đói.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Bộ Lao động, Thương binh và Xã hội");
    // "Chủ trì phối hợp với …" continues an assignment.
    let d = dirs("UBND tỉnh giao Sở Y tế trong thời gian sớm nhất phải triển khai máy đo thân nhiệt. Chủ trì phối hợp với Cảng hàng không Chu Lai thực hiện nghiêm túc quy trình đo thân nhiệt.");
    assert_eq!(d.len(), 2, "{d:?}");
}

#[test]
fn chỉ_ra_with_a_task_is_guidance_and_with_shortcomings_is_not() {
    // dev307 (and dev142): "chỉ ra … cần tập trung khai thác".
    let d = dirs("Tổng Bí thư Tô Lâm cũng chỉ ra những tiềm năng phát triển của địa phương cần tập trung khai thác như nguồn tài nguyên thiên nhiên độc đáo.");
    assert_eq!(d.len(), 1, "{d:?}");
    // (Another leader than dev307's: the sentence model has learnt that
    // article's "Tổng Bí thư Tô Lâm cũng chỉ ra" as guidance.)
    let d = starts(
        "Bí thư Tỉnh ủy Nguyễn Văn Nam cũng chỉ ra những hạn chế, yếu kém của địa phương trong thời gian qua.",
    );
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn a_deed_praised_is_no_later_request() {
    // dev294: "biểu dương … đã làm hết sức mình, chỉ đạo quyết liệt …".
    let d = starts("Thủ tướng biểu dương sự nỗ lực của các bộ, ngành và chính quyền địa phương đã làm hết sức mình, chỉ đạo quyết liệt, kịp thời triển khai các biện pháp phòng, chống bão.");
    assert!(d.is_empty(), "{d:?}");
    // A request reported after the praise still counts (dev65).
    let d = dirs("Bộ trưởng Hoàng Tuấn Anh đánh giá cao những kết quả đạt được trong 6 tháng đầu năm, để hoàn thành tốt các nhiệm vụ Bộ trưởng Hoàng Tuấn Anh đã yêu cầu các Cục, Vụ tập trung triển khai thực hiện hiệu quả một số nhiệm vụ.");
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn a_leaders_view_naming_state_corporations_and_their_task() {
    // dev317: "cho rằng, …, EVN …, cùng với … (PVN), Tập đoàn than - khoáng
    // sản (TKV) phải làm việc quyết liệt", then its continuations.
    let d = dirs("Thủ tướng Nguyễn Xuân Phúc cho rằng, để không thiếu điện, EVN với trách nhiệm trụ cột, cùng với Tập đoàn dầu khí VN (PVN), Tập đoàn than - khoáng sản (TKV) phải làm việc quyết liệt, đưa ra giải pháp cung ứng điện tốt nhất. Trong đó, cần tập trung vào một số việc như ưu tiên khí, than cho sản xuất điện. Ủy ban Quản lý vốn nhà nước cùng Bộ Công thương cần sớm trình cơ chế phát triển nguồn điện.");
    assert_eq!(d.len(), 3, "{d:?}");
    assert!(d.iter().all(|x| x.1 == "Nguyễn Xuân Phúc"), "{d:?}");
}

#[test]
fn a_speech_announcing_its_items_is_no_directive_and_the_items_are() {
    // dev313: "… nhấn mạnh một số công việc trọng tâm …, cụ thể như sau:" and
    // the dashed items after it, "- Giao Ủy ban nhân dân xã …" included.
    let d = dirs("Kết luận Hội nghị, đồng chí Nguyễn Minh Hải, Bí thư Đảng ủy xã nhấn mạnh một số công việc trọng tâm cần tổ chức thực hiện trong tháng 9 năm 2020, cụ thể như sau:\n\
         - Các ngành và các đơn vị bám vào chương trình công tác để tổ chức thực hiện.\n\
         - Giao Ủy ban nhân dân xã chỉ đạo Ngành Công an tăng cường công tác tuần tra, phòng, chống tội phạm trên địa bàn.");
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d[0].0.starts_with("- Các ngành"), "{d:?}");
    assert!(d.iter().all(|x| x.1 == "Nguyễn Minh Hải"), "{d:?}");
}

#[test]
fn evacuation_and_investigation_verbs_continue_and_a_weak_modal_far_in_describes() {
    // dev322, dev323: "Sơ tán dân …", "Điều tra làm rõ nguyên nhân …" in a
    // telegram's list of tasks.
    let d = dirs("Phó Thủ tướng Trịnh Đình Dũng yêu cầu các địa phương khẩn trương triển khai các biện pháp ứng phó với bão. Sơ tán dân khỏi các lồng bè, cơ sở sản xuất kinh doanh trên biển, đảo. Điều tra làm rõ nguyên nhân, xử lý nghiêm người vi phạm.");
    assert_eq!(d.len(), 3, "{d:?}");
    // dev324: an account of the damage after "Trong đó," asks nothing.
    let d = starts("Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp yêu cầu khẩn trương di dời các hộ dân ra khỏi khu vực nguy hiểm.\nTrong đó, đặc biệt nghiêm trọng là vào khoảng 14h45 ngày 30/7, do tình hình thời tiết tiếp tục mưa lớn liên tục, gây sạt lở đất trên Quốc lộ 20.");
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn who_chaired_is_no_task() {
    // dev328: "Chủ trì hội nghị có anh …" names the chair; "Chủ trì phối hợp
    // với …" assigns (dev303).
    let d = starts("Bí thư thứ nhất T.Ư Đoàn Bùi Quang Huy yêu cầu phải bao phủ tổ chức Đoàn ở khu công nghiệp. Chủ trì hội nghị có anh Bùi Quang Huy, Bí thư thứ nhất T.Ư Đoàn.");
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn bodies_listed_at_the_start_of_a_continuation_are_asked() {
    // dev287: "Sở Kế hoạch và Đầu tư, Sở Xây dựng phối hợp …" after the
    // chairman's request.
    let d = dirs("Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Trúc Sơn yêu cầu đẩy nhanh tiến độ thực hiện dự án. Sở Kế hoạch và Đầu tư, Sở Xây dựng phối hợp đơn vị tư vấn hoàn thành các thủ tục để trình Trung ương chấp thuận chủ trương đầu tư.");
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[1].1, "Nguyễn Trúc Sơn");
}

#[test]
fn a_capitalised_nen_is_a_name_not_a_modal() {
    // dev347: "Nên" the given name before the cue, not "nên" (should).
    let d = dirs("Sau khi nghe báo cáo do cơ quan thường trực trình bày và ý kiến phát biểu của các thành viên dự họp, Bí thư Thành ủy Nguyễn Văn Nên đề nghị Công an Thành phố chủ động tham mưu, đẩy nhanh tiến độ điều tra.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Văn Nên");
    assert_eq!(d[0].2, "Công an Thành phố");
}

#[test]
fn a_second_predicate_after_dong_thoi_shares_the_subject() {
    // dev350.
    let d = dirs("Thủ tướng Nguyễn Xuân Phúc vừa ký công điện về vụ cháy.\n\nThay mặt Chính phủ, Thủ tướng gửi lời chia buồn sâu sắc tới các nạn nhân, thân nhân người bị nạn, đồng thời chỉ đạo UBND TP HCM khẩn trương tổ chức thăm hỏi, hỗ trợ các gia đình.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Xuân Phúc");
    assert_eq!(d[0].2, "UBND TP HCM");
}

#[test]
fn a_place_named_by_its_class_acts_in_a_passage() {
    // dev321: the district is told what to do after the leader's request.
    let d = starts("Bí thư Tỉnh ủy Phạm Thị Thanh Trà yêu cầu Bộ Chỉ huy Quân sự tỉnh huy động lực lượng hỗ trợ người dân.\n\nHuyện Mù Cang Chải phối hợp với các đơn vị phát huy tốt tinh thần bốn tại chỗ, kịp thời hỗ trợ người dân di dời.");
    assert_eq!(d.len(), 2, "{d:?}");
    // A place that did something is no instruction.
    let d = starts("Bí thư Tỉnh ủy Phạm Thị Thanh Trà yêu cầu Bộ Chỉ huy Quân sự tỉnh huy động lực lượng hỗ trợ người dân.\n\nHuyện Mù Cang Chải đã hỗ trợ gạo cho các gia đình.");
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn a_trend_or_an_attentive_visit_asks_nothing() {
    // dev356: "tiếp tục có" describes; dev359: "ân cần" holds no "cần".
    let d = starts("Phát biểu khai mạc hội nghị, Bí thư Tỉnh ủy Lê Trường Lưu khẳng định, với tinh thần đoàn kết của cả hệ thống chính trị, nên kinh tế - xã hội của tỉnh tiếp tục có những bước chuyển tích cực.");
    assert!(d.is_empty(), "{d:?}");
    let d = starts("Chủ tịch nước nhấn mạnh tỉnh cần tập trung phát triển kinh tế biển.\n\nChủ tịch nước Trương Tấn Sang ân cần thăm hỏi, động viên thương binh nặng đang được điều trị tại Trung tâm.");
    assert_eq!(d.len(), 1, "{d:?}");
    // dev354: "đụng phải" is no modal.
    let d = starts("Bộ trưởng Lê Minh Hoan còn nêu thực tế, khi đụng phải một vấn đề nào đó được dư luận quan tâm, chỉ vài ngày sau trên đường phố sẽ xuất hiện các khẩu hiệu.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn parting_instructions_are_requests() {
    // dev359: "căn dặn".
    let d = dirs("Trước đó, chiều 6-9, làm việc với Bộ Tư lệnh Quân khu 4, Chủ tịch nước Trương Tấn Sang căn dặn các đơn vị quân đội phải nắm vững địa bàn, không để xảy ra các điểm nóng.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Trương Tấn Sang");
}

#[test]
fn a_past_assignment_with_its_addressee_is_a_request() {
    // dev345; "nhiệm vụ đã giao" stays a noun phrase.
    let d = dirs("Tổng Bí thư Nguyễn Phú Trọng đã giao Ủy ban Kiểm tra Trung ương chủ trì, phối hợp với Ban Nội chính Trung ương khẩn trương kiểm tra.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Phú Trọng");
    assert!(starts("Các đơn vị đã hoàn thành tốt nhiệm vụ đã giao trong năm.").is_empty());
    // "Bộ trưởng Ngoại giao Trung Quốc": "giao" in a compound, no request.
    assert!(
        starts("Phó Thủ tướng Phạm Bình Minh gặp Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.")
            .is_empty()
    );
}

#[test]
fn attending_and_directing_an_event_is_no_request() {
    // dev383, dev384.
    let d = starts("Chủ tịch nước Trương Tấn Sang, Trưởng Ban Chỉ đạo Cải cách tư pháp Trung ương tới dự và chỉ đạo Đại hội.");
    assert!(d.is_empty(), "{d:?}");
    // "các Ban chỉ đạo": the committees, no request.
    let d = starts("Thủ tướng chủ trì Hội nghị trực tuyến Ủy ban Quốc gia về Chính phủ điện tử với các Ban chỉ đạo xây dựng Chính phủ điện tử các bộ, ngành.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn a_conveyed_direction_opens_its_leaders_passage() {
    // dev389: the notice, a picture between, then the points.
    let d = dirs("Quản lý lễ hội năm 2021\n\nVăn phòng UBND tỉnh thông báo ý kiến chỉ đạo của đồng chí Dương Xuân Huyên, Phó Chủ tịch UBND tỉnh về việc tăng cường công tác quản lý lễ hội năm 2021.\n\nkmlh.png\n\nKhai mạc Lễ hội xuân 2019 (baolangson.vn)\n\nCác sở, ban, ngành, đoàn thể của tỉnh, UBND các huyện, thành phố chủ động triển khai thực hiện nghiêm túc các nội dung theo yêu cầu của Bộ.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Dương Xuân Huyên");
}

#[test]
fn a_documents_points_and_fronted_cases_continue_its_guidance() {
    // dev370: the issuer named by the directive before the colon.
    let d = dirs("Ngày 4/6/2012, Ban Chỉ đạo thi cấp tỉnh đã có văn bản chỉ đạo gửi UBND các huyện, thành phố tổ chức tốt kỳ thi.\n\nNội dung công văn đặc biệt lưu ý các nội dung:\n\nTiến hành sơ kết rút kinh nghiệm việc tổ chức Kỳ thi tốt nghiệp vừa qua.");
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[1].1, d[0].1);
    // dev385: "Đối với …," fronts the case the instruction is for.
    let d = starts("Thủ tướng yêu cầu các địa phương tập trung chống hạn.\n\nĐối với diện tích không bảo đảm nguồn nước, chủ động chuyển sang trồng cây ngắn ngày.");
    assert_eq!(d.len(), 2, "{d:?}");
}

#[test]
fn a_wish_in_the_speakers_passage_asks() {
    // dev380: "Đồng thời, mong muốn các đại biểu … cần …".
    let d = starts("Phó Bí thư Tỉnh ủy đề nghị đoàn đại biểu phát huy tinh thần đoàn kết.\n\nĐồng thời, mong muốn các đại biểu khi tham gia thảo luận cần mạnh dạn nghiên cứu các chủ đề.");
    assert_eq!(d.len(), 2, "{d:?}");
}

#[test]
fn a_leaders_own_work_on_site_is_reported_not_asked() {
    // dev362, dev91, dev335: "kiểm tra, chỉ đạo", "trực tiếp chỉ đạo".
    for t in [
        "Chiều 14/9, Phó Thủ tướng Chính phủ Trịnh Đình Dũng cũng đến Hà Tĩnh kiểm tra, chỉ đạo công tác phòng chống bão Doksuri.",
        "Chiều 27/9/2023 đồng chí Đặng Tiến Dũng, Chủ tịch UBND huyện trực tiếp đi cơ sở chỉ đạo phòng, chống mưa lũ tại xã Xuân Thái.",
    ] {
        assert!(starts(t).is_empty(), "{t}");
    }
    // dev261: another cue in the sentence still asks.
    let d = starts("Dự và trực tiếp chỉ đạo, Phó Chủ tịch UBND TP Hà Nội Nguyễn Thị Bích Ngọc yêu cầu các đơn vị nghiêm túc rút kinh nghiệm.");
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn a_quote_before_its_speaker_and_the_occasion_asks() {
    // dev400: the occasion after the cue; "Người đứng đầu Chính phủ" is the
    // office holder the article named.
    let d = dirs("Thủ tướng Phạm Minh Chính gặp cộng đồng người Việt tại Ấn Độ.\n\n\"Đại sứ quán cần tiếp tục quan tâm tới bà con kiều bào bằng những hành động cụ thể\", Thủ tướng Phạm Minh Chính nói khi gặp cộng đồng người Việt tại Ấn Độ, chiều 31/7.\n\nNgười đứng đầu Chính phủ đề nghị sứ quán làm tốt hơn công tác bảo hộ công dân.");
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d.iter().all(|x| x.1 == "Phạm Minh Chính"), "{d:?}");
    // A quoted view with a second predicate after a comma is no request.
    let d = starts("\"Mặt trận thực sự là trái tim của khối đại đoàn kết toàn dân\", ông Nguyễn Duy Ngọc khẳng định, đồng thời gửi lời cảm ơn tới các tầng lớp nhân dân.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn a_passive_request_and_a_duty_laid_down_continue_the_guidance() {
    // dev412: "được yêu cầu"; dev410: "có trách nhiệm thực hiện nghiêm".
    // (The headline's bare order is the body's too, as dev422's and dev426's
    // were.)
    let d = dirs("Xử lý nghiêm đầu cơ xăng dầu\n\nUBND tỉnh Thanh Hóa yêu cầu các sở tăng cường kiểm tra các cửa hàng xăng dầu. Lực lượng Quản lý thị trường được yêu cầu tăng cường các biện pháp nghiệp vụ, theo dõi chặt chẽ diễn biến thị trường.");
    assert_eq!(d.len(), 3, "{d:?}");
    assert!(d.iter().all(|x| x.1 == "UBND tỉnh Thanh Hóa"), "{d:?}");
    let d = starts("Tiết kiệm điện\n\nChủ tịch UBND tỉnh Cà Mau yêu cầu các sở, ngành tăng cường tiết kiệm điện.\n\nCác thủ trưởng các sở, ban, ngành tỉnh, UBND các huyện, thành phố Cà Mau, các tổ chức đoàn thể - xã hội, các doanh nghiệp và hộ gia đình liên quan có trách nhiệm thực hiện nghiêm Chỉ thị này.");
    assert_eq!(d.len(), 2, "{d:?}");
}

#[test]
fn a_communes_committee_assigning_tasks_is_no_courtesy_call() {
    // dev364: "UBND xã giao …" is no "xã giao" (courtesy).
    let d = dirs("Đồng chí Nguyễn Sỹ Quảng, Chủ tịch UBND xã giao nhiệm vụ cho các ban ngành đoàn thể của xã tập trung tuyên truyền.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Sỹ Quảng");
    assert!(starts("Chủ tịch nước tiếp xã giao Đại sứ Nhật Bản.").is_empty());
}

#[test]
fn a_province_or_city_speaks_as_its_government() {
    // dev420, dev412: the place opening the clause, the committee named in
    // the article as the speaker.
    let d = dirs("Lạm thu đầu năm học\n\nỦy ban nhân dân thành phố Hồ Chí Minh vừa có văn bản gửi các quận.\n\nThành phố Hồ Chí Minh yêu cầu các trường chấn chỉnh tình trạng lạm thu đầu năm học.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Ủy ban nhân dân thành phố Hồ Chí Minh");
    // No committee named: the place with its class word, as written.
    let d = dirs("Xăng dầu\n\nTỉnh Thanh Hóa yêu cầu các sở xử lý nghiêm các doanh nghiệp xăng dầu găm hàng.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Tỉnh Thanh Hóa");
    // A place in the middle of the clause is no subject.
    let d = dirs(
        "Bộ trưởng Nguyễn Văn Thể làm việc tại Thanh Hóa, yêu cầu tỉnh đẩy nhanh tiến độ dự án.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, "Nguyễn Văn Thể");
}

#[test]
fn a_body_asked_to_act_passes_the_request_down_and_the_model_takes_bare_tasks() {
    // dev427: the province's letter; the department it asked "chỉ đạo"
    // its own service, which is the province's request carried out; the
    // tasks without a cue or a subject are taken by the sentence model.
    let d = cued("UBND tỉnh Phú Yên vừa có công văn yêu cầu Sở NN-PTNT, các huyện, thị xã, thành phố tăng cường công tác chỉ đạo, triển khai đồng bộ các biện pháp phòng, chống bệnh heo tai xanh; không được chủ quan, mất cảnh giác trước diễn biến phức tạp của bệnh.\nTheo đó, Sở NN-PTNT chỉ đạo cơ quan Thú y tăng cường công tác kiểm dịch động vật, đồng thời phối hợp với các ngành liên quan kiểm tra hoạt động mua bán sản phẩm từ heo tại các chợ; quản lý, kiểm soát chặt chẽ các điểm giết mổ. Các huyện, thị xã, thành phố chỉ đạo các xã, phường triển khai công tác giám sát tình hình bệnh heo tai xanh từng hộ chăn nuôi. Tổ chức tiêm vắc xin phòng bệnh tụ huyết trùng, dịch tả, phó thương hàn; phun thuốc sát trùng, tiêu độc chuồng trại, điểm giết mổ gia súc, nơi buôn bán các sản phẩm từ heo.");
    assert_eq!(d.len(), 4, "{d:?}");
    assert!(d.iter().all(|x| x.1 == "UBND tỉnh Phú Yên"), "{d:?}");
    assert_eq!(d[3].2, "model", "{d:?}");
}

#[test]
fn the_model_adds_nothing_to_a_report_of_results() {
    // dev442: results achieved, with the words of a plan ("nhiệm vụ đề ra").
    let d = starts("Phát biểu kết luận, Chủ tịch UBND huyện Lê Quang Trung đánh giá cao sự nỗ lực của các ngành. Trong lĩnh vực sản xuất nông nghiệp, các chỉ tiêu đều cơ bản hoàn thành và hoàn thành vượt mức nhiệm vụ đề ra.");
    assert!(d.is_empty(), "{d:?}");
    // dev422: what an inspection found.
    let d = starts("Qua đó, phát hiện 582 công trình xây dựng vi phạm quy định trật tự xây dựng, trong đó 501 công trình không phép, 46 công trình sai phép và 35 công trình vi phạm khác.");
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn a_cue_naming_the_purpose_of_a_past_act_is_no_request() {
    // dev470: the meeting was held to direct; the sentence reports it.
    let d = starts("Cùng ngày, ông Nguyễn Văn Thắng, Chủ tịch UBND tỉnh Quảng Ninh đã chủ trì cuộc họp để chỉ đạo làm rõ thêm vụ việc này.");
    assert!(d.is_empty(), "{d:?}");
    // The same purpose with no past act asks.
    let d = starts("Chủ tịch UBND tỉnh Nguyễn Văn Thắng yêu cầu Sở Tài nguyên và Môi trường khẩn trương kiểm tra để làm rõ vụ việc.");
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn a_bare_list_marker_split_off_is_no_directive() {
    // dev407: "3." on its own, between the items of a commune's orders.
    let d = starts("Đồng chí Trần Văn Lượng, Chủ tịch UBND xã yêu cầu các thôn thực hiện ngay các nội dung sau:\n\n1. Các đồng chí công chức về tại thôn xóm mình sinh hoạt, phối hợp với thôn trưởng thành lập các tổ công tác.\n\n3.\n\nDuy trì các tổ phản ứng nhanh để ứng cứu các hồ đập khi sự cố xẩy ra.");
    assert!(d.iter().all(|s| s.trim() != "3."), "{d:?}");
}

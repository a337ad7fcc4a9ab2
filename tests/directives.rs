//! Directive classification and attribution on real sentences, positive and
//! negative, one case per rule.

use chidao::output::DocOutput;
use chidao::Pipeline;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::load(&chidao::default_dictionaries(), &[]).unwrap())
}

/// (sentence start, speaker, addressee) of each directive.
fn dirs(text: &str) -> Vec<(String, String, String)> {
    let out = DocOutput::from_analysis("t", "t", &pipeline().analyse(text.to_string()));
    out.directives
        .iter()
        .map(|d| {
            (
                d.text.chars().take(25).collect(),
                d.speaker.clone(),
                d.addressee.clone(),
            )
        })
        .collect()
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

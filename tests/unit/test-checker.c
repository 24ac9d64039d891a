/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-checker.c — the conduct checker, per category, in both languages */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "nc-checker.h"
#include "nc-report-json.h"
#include "nc-checker-private.h"
#include "nc-checker-lexicon.h"
#include "nc-code-ref.h"
#include "nc-test-checker.h"
#include "nc-test-i18n.h"

static NcChecker *checker;

#define NONE (-1)

typedef struct {
  const char *text;
  const char *lang;       /* "vi", "en" or NULL (auto) */
  int         category;   /* the finding expected, or NONE for none at warn+ */
  NcSeverity  severity;   /* its severity */
  const char *span;       /* the text it covers, or NULL not to check */
} Case;

static const Case cases[] = {
  /* insults, Vietnamese: marks, no marks, teencode, stretched, split */
  { "Mày đúng là đồ ngu", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, "đồ ngu" },
  { "do ngu", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, "do ngu" },
  { "thằng này ngu vl", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "ngu vl" },
  { "nguuuuu quá", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "nguuuuu" },
  { "n.g.u thật", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "n.g.u" },
  { "n g u thật", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "n g u" },
  { "ĐM thằng kia", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "ĐM thằng" },
  { "óc chó à", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, "óc chó" },
  /* tricky negatives, Vietnamese */
  { "các bạn ơi, cho mình hỏi", "vi", NONE, 0, NULL },
  { "cac ban oi cho minh hoi", NULL, NONE, 0, NULL },
  { "mình đi giết thời gian thôi", "vi", NONE, 0, NULL },
  { "con chó nhà mình dễ thương quá", "vi", NONE, 0, NULL },
  { "chiều nay đi đá bóng không", "vi", NONE, 0, NULL },
  { "mẹ mình nấu cơm ngon lắm", "vi", NONE, 0, NULL },
  { "bạn ấy không ngu đâu", "vi", NONE, 0, NULL },
  { "cười chết mất", "vi", NONE, 0, NULL },
  /* everyday sentences that used to get an insult warning (issue 16) */
  { "Cuối tuần này cả nhà mình về quê thăm ông bà nội", "vi", NONE, 0, NULL },
  { "cuoi tuan nay ca nha minh ve que tham ong ba noi", NULL, NONE, 0, NULL },
  { "Lớp mình đang quyên góp sách vở cho các bạn ở vùng lũ miền Trung", "vi", NONE, 0, NULL },
  { "lop minh quyen gop sach cu cho cac ban vung lu nha", NULL, NONE, 0, NULL },
  { "Ngày 20/10 lớp mình sẽ hát tặng các mẹ bài \"Bàn tay mẹ\"", "vi", NONE, 0, NULL },
  { "Con đi học về rồi mẹ ơi, con đói bụng quá", "vi", NONE, 0, NULL },
  { "hàng xóm nhà mình nuôi con chó to đùng", "vi", NONE, 0, NULL },
  { "buồn ngủ chết đi được", "vi", NONE, 0, NULL },
  { "tối qua tụi mình giết boss cuối mới xong", "vi", NONE, 0, NULL },
  { "minh di ngu day, chuc ngu ngon", NULL, NONE, 0, NULL },
  { "hâm mộ cầu thủ này phát điên", "vi", NONE, 0, NULL },
  /* eighth round: an intensifier right after an adjective or a verb of
   * feeling is no insult ("khó vãi", "đẹp điên"); after a put-down, or
   * beside a crude word, or a coarse one ("vl"), it still warns */
  { "Bài này khó vãi, có ai làm được không", "vi", NONE, 0, NULL },
  { "Cái váy này đẹp điên luôn", "vi", NONE, 0, NULL },
  { "Trời nóng kinh khủng, mệt xỉu", "vi", NONE, 0, NULL },
  { "ăn no căng, ngon vãi chưởng", "vi", NONE, 0, NULL },
  { "mày ngu vãi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "đẹp vãi lồn", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "vãi lồn" },
  { "thằng này điên à", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "điên" },
  /* (seventeenth round: a swear word aimed at no one is the crude-language
   * reminder, test_crude_r17()) */
  { "khó vl", "vi", NC_CATEGORY_CRUDE, NC_SEVERITY_INFO, "vl" },
  /* ninth round: a negation does not lower a Vietnamese swear word
   * (crude whatever it denies); it still lowers a put-down, and the
   * everyday reading of a toneless swear word ("deo" is "đeo") */
  { "không hiểu clg đang xảy ra", "vi", NC_CATEGORY_CRUDE, NC_SEVERITY_INFO, "clg" },
  { "ko có cl", "vi", NC_CATEGORY_CRUDE, NC_SEVERITY_INFO, NULL },
  { "bạn ấy không ngu đâu, chỉ lười thôi", "vi", NONE, 0, NULL },
  { "hom nay minh khong deo khau trang", NULL, NONE, 0, NULL },
  /* crude oaths on "mẹ" after a verb of dismissing ("kệ mẹ nó"), not "mẹ
   * nó" his mother; "đ" cut short before what it denies ("t đ biết"), not
   * the currency nor a name's initial, nor "d" typed without its stroke */
  { "kệ mẹ nó, tao không chơi nữa", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "im mẹ mồm đi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mẹ nó đi chợ chưa về nên nó trông em", "vi", NONE, 0, NULL },
  { "t đ biết, đừng hỏi t nữa", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "đ ai thèm chơi với nó", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Cái áo này giá 150.000 đ có đắt không mẹ", "vi", NONE, 0, NULL },
  { "anh Đ làm thợ hồ ở gần chợ", "vi", NONE, 0, NULL },
  { "Giá vé 45.000 đ cần đặt trước không bạn", "vi", NONE, 0, NULL },
  { "nó vẫn đ hiểu gì", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "-d cần ít nhất một tham số", "vi", NONE, 0, NULL },
  /* words joined by '.' or '_' to slip past, read apart */
  { "thằng.ngu", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, NULL },
  { "mày.ngu.vãi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "gửi tớ file bai_tap_ngu_van.docx nhé", "vi", NONE, 0, NULL },
  /* "đ" for "đã": what is done, before "rồi" or "chưa" */
  { "m đ làm bài chưa, cho t chép với", "vi", NONE, 0, NULL },
  { "t đ biết rồi, khỏi nhắc", "vi", NONE, 0, NULL },
  { "t đ biết làm bài này, đừng hỏi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* a phrase mined from ViHOS counts where the model scores the draft at
   * least 0.7 ("bần", 0.82), not in everyday drafts that hold one ("bóp",
   * "rách", "chôn") */
  { "thằng này bần thật", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Áo con bị rách rồi mẹ ơi", "vi", NONE, 0, NULL },
  { "chị bóp vai cho mẹ đỡ mỏi", "vi", NONE, 0, NULL },
  { "Con cá vàng chết rồi, em chôn nó dưới gốc cây", "vi", NONE, 0, NULL },
  /* put-downs and slurs on political groups curated from ViHOS train
   * ("chó hùa", "mất nết", "rận chủ", "cộng nô"); not "cộng" in a word */
  { "Già mất nết quá", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "lũ rận chủ", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Hợp tác xã cộng nông nghiệp mới thành lập", "vi", NONE, 0, NULL },
  /* ninth round, s9-vilex: an animal a slur or an insult is named after,
   * read literally when counted, owned or doing what animals do; "ba
   * que" before what the sticks are, "xăng pha nhớt" poured in a tank,
   * "bọn tàu" before a vessel, "nhà quê" one goes back to, the kitchen a
   * parent sends a child to, "thùng phi" the drum, "mõm" a snout, a
   * coat "đen như than"; each slur and insult aimed at people still warns */
  { "Con bò vàng nhà bác ăn cỏ ngoài đê cả buổi chiều", "vi", NONE, 0, NULL },
  { "Nhà ông nội có hai con bò vàng với một con bò đỏ", "vi", NONE, 0, NULL },
  { "Bọn bò đỏ lại lên mạng cãi cùn rồi", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Hóng bò đỏ vào sủa", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Cô giáo phát cho mỗi bạn ba que tính để học phép cộng", "vi", NONE, 0, NULL },
  { "Đồ 3 que phản động, cút khỏi nhóm", "vi", NC_CATEGORY_HATE, NC_SEVERITY_BLOCK, NULL },
  { "Con chó chết rồi, em buồn lắm", "vi", NONE, 0, NULL },
  { "Cái thằng chó chết kia, trả tiền tao đây", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, NULL },
  { "Bác nuôi hai con heo nái với một đàn gà", "vi", NONE, 0, NULL },
  { "Đồ lợn nái béo ục ịch", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Xe máy hai thì phải đổ xăng pha nhớt", "vi", NONE, 0, NULL },
  { "Thằng đó xăng pha nhớt, nhìn là biết", "vi", NC_CATEGORY_HATE, NC_SEVERITY_BLOCK, NULL },
  { "Bọn tàu cá về bến lúc sáng sớm", "vi", NONE, 0, NULL },
  { "Hè này cả nhà em về nhà quê ăn giỗ ông", "vi", NONE, 0, NULL },
  { "Đồ nhà quê, ăn mặc quê mùa chết đi được", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Về nhà quê mà sống đi, lên thành phố làm gì", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Con vào bếp đi, phụ mẹ nhặt rau với", "vi", NONE, 0, NULL },
  { "Mày về nhà nấu cơm đi", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Bố lấy cái thùng phi cũ làm bể chứa nước mưa", "vi", NONE, 0, NULL },
  { "Người mày to như cái thùng phi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Con chó nhà em bị thương ở mõm", "vi", NONE, 0, NULL },
  { "Câm cái mõm lại đi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Con chó nhà em màu đen như than", "vi", NONE, 0, NULL },
  { "Da mày đen như than", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Da mày màu đen như than", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* tenth round, s10-vitone: threats to hurt (the speaker, a blow, what
   * it leaves), blows one is given to eat, body parts of "yours" likened
   * to things, a feature aimed at someone, exclusion by a group, a
   * region's people all of one bad kind, girls told study is wasted on
   * them; with and without marks; and their literal or kind twins */
  { "mai ra cong t dap cho gay rang", NULL, NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "Tan học đợi đấy, tao đánh cho không nhận ra đường về", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "t da gay chan roi, dang bo bot", NULL, NONE, 0, NULL },
  { "Cầu thủ bị đánh gãy chân phải nghỉ ba tháng", "vi", NONE, 0, NULL },
  { "t dap nat toi cho me lam nuoc cham", NULL, NONE, 0, NULL },
  { "Chiều nay tao cho mày ăn tát", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "cho m an dap bay gio", NULL, NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "cho m an tat day, t no roi", NULL, NONE, 0, NULL },
  { "lan sau t thay m la m xac dinh", NULL, NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, NULL },
  { "toc m nhu cai to qua", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Tai mày to như tai voi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mắt mày to như mắt búp bê", "vi", NONE, 0, NULL },
  { "Tóc mình cắt xong nhìn như tổ quạ, chán quá", "vi", NONE, 0, NULL },
  { "nhin cai mui tet cua m kia", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "m oi mui tet thom qua", NULL, NONE, 0, NULL },
  { "Em bé nhà mình mắt híp, cười lên như trăng khuyết", "vi", NONE, 0, NULL },
  { "mắt híp của mày thì thấy gì", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "m gay nhu bo xuong", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mình gầy như bộ xương, phải ăn nhiều lên", "vi", NONE, 0, NULL },
  { "ca lop dung ai noi chuyen voi con Lan nua", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Cả lớp đừng ai nói chuyện với người lạ nhé", "vi", NONE, 0, NULL },
  { "Đứa nào chơi với thằng Hùng là tao nghỉ chơi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "m dung ngoi gan tui t", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "dan thanh hoa toan trom cho", NULL, NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Dân tỉnh lẻ quê mùa", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Người dân miền Trung bị lừa đảo qua mạng", "vi", NONE, 0, NULL },
  { "Mẹ mình nói giọng Thanh Hoá nghe hay lắm", "vi", NONE, 0, NULL },
  { "con gai hoc gioi lam gi, sau nay cung lay chong", NULL, NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Con gái chị học làm gì ở Hà Nội", "vi", NONE, 0, NULL },
  { "dung co den sinh nhat tao", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mai đừng đến nhà tao nhé, bố mẹ tao đi vắng", "vi", NONE, 0, NULL },
  { "dung co noi chuyen vs tui t", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "nao m de lam canh a", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Bình hoa này để làm cảnh thôi", "vi", NONE, 0, NULL },
  { "Hôm qua tao đánh cầu lông ngã gãy tay", "vi", NONE, 0, NULL },
  { "t danh no gay chan", NULL, NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  /* "whole" on a Vietnamese phrase: name-calling only as the whole draft
   * or its first or last clause, with or without marks */
  { "con cho", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Con heo, ăn ít thôi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "con cho me xin 20k nhe", NULL, NONE, 0, NULL },
  { "Con heo nhà bà đẻ mười con", "vi", NONE, 0, NULL },
  { "con lon roi", NULL, NONE, 0, NULL },
  { "may nhu con cho ay, suot ngay sua", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mày như con mèo con, dễ thương ghê", "vi", NONE, 0, NULL },
  { "Con mu kia", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Bà ngoại đội cái mũ cói ra đồng, con mù đường nên đi theo bà", "vi", NONE, 0, NULL },
  { "Chiều nào ông cũng lùa lũ bò về chuồng", "vi", NONE, 0, NULL },
  { "Cái đám bò này nói mãi không hiểu", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mẹ hấp óc heo với thuốc bắc cho em ăn", "vi", NONE, 0, NULL },
  { "Óc heo à mà làm bài sai hết thế", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Ông ngoại nấu đầu bò hầm sả", "vi", NONE, 0, NULL },
  { "Tai em ngứa quá, mẹ lấy cứt ráy cho em", "vi", NONE, 0, NULL },
  { "Mày ăn cứt à", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Động vật hạ đẳng như giun không có xương sống", "vi", NONE, 0, NULL },
  { "Đồ hạ đẳng như mày không đáng nói chuyện với tao", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Trại của chú nuôi đàn heo béo tốt lắm", "vi", NONE, 0, NULL },
  { "Nhìn mày như con heo béo ấy", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* ninth round, s9-vilex: put-downs and crude words no lexicon held,
   * curated from ViHOS train's last 20%; their look-alikes, with marks
   * ("Bi ơi", "biến thái hoàn toàn" in biology, "mèo") and without
   * ("nao tan" nào tan, "luon leo" luôn leo) */
  { "mất dậy thật", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "mất dậy" },
  { "đúng là đồ lươn lẹo", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "thằng đó cà chớn lắm", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "làm thế bỉ ổi quá", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "bỉ ổi" },
  { "não tàn à", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "não tàn" },
  { "ba xạo vừa thôi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "ba xạo" },
  { "lũ âm binh lại phá", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "nhìn mặt biến thái rồi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "tao nhắc đấy thì sao tml", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "tml" },
  { "nghe như cặv", "vi", NC_CATEGORY_CRUDE, NC_SEVERITY_INFO, "cặv" },
  { "tụi Chinazi", "vi", NC_CATEGORY_HATE, NC_SEVERITY_BLOCK, "Chinazi" },
  { "dân chủ theo Mẽo", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, "Mẽo" },
  { "khi nao tan hoc thi goi minh nhe", NULL, NONE, 0, NULL },
  { "Bi ơi, đi học thôi", "vi", NONE, 0, NULL },
  { "Ếch là loài biến thái hoàn toàn", "vi", NONE, 0, NULL },
  { "hom nay con meo nha minh de", NULL, NONE, 0, NULL },
  { "tớ luon leo len cay hai oi", NULL, NONE, 0, NULL },
  { "Ba xào rau muống ngon lắm", "vi", NONE, 0, NULL },
  { "đúng là lũ bưng bô", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Tên bán nam bán nữ", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "ban nam ban nu trong lop xep thanh hai hang", NULL, NONE, 0, NULL },
  { "loại đàn bà này có một không hai", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Hội phụ nữ tặng quà cho các bà, các chị trong xóm", "vi", NONE, 0, NULL },
  /* names and put-downs of character a teacher would list, and a look-alike
   * of each that shares a word */
  { "thằng đó vô giáo dục thật", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Trường em tổ chức ngày hội giáo dục giới tính", "vi", NONE, 0, NULL },
  { "đồ ranh con, biến đi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Con mèo ranh lắm, con chuột chạy mất rồi", "vi", NONE, 0, NULL },
  { "não ngắn à mà nói thế", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Bài văn ngắn thôi nhưng cô khen hay", "vi", NONE, 0, NULL },
  { "mày là đồ tồi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Đồ chơi của em bị hỏng rồi, tối nay bố sửa", "vi", NONE, 0, NULL },
  { "thằng đó đểu cáng lắm", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Hai đội đều căng sức đá đến phút cuối", "vi", NONE, 0, NULL },
  { "đúng là loại tiểu nhân", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Tiểu học Nguyễn Du có năm trăm học sinh", "vi", NONE, 0, NULL },
  { "suốt ngày nịnh thối cô giáo", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mẹ vứt rau bị thối đi rồi", "vi", NONE, 0, NULL },
  { "chỉ giỏi liếm gót thôi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Con mèo liếm chân rồi nằm ngủ", "vi", NONE, 0, NULL },
  { "con bé này lắm mồm quá", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Hôm nay lắm bài tập quá mẹ ơi", "vi", NONE, 0, NULL },
  { "mụ già đó khó tính chết được", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Bà cụ già ngồi bán nước ở đầu ngõ", "vi", NONE, 0, NULL },
  { "thằng già khú mà còn đòi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Bà nội em năm nay đã già rồi", "vi", NONE, 0, NULL },
  { "hạng người hạ tiện", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Giá rau hạ xuống, mẹ mua được nhiều hơn", "vi", NONE, 0, NULL },
  { "làm thế ti tiện lắm", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Ti vi nhà em bị hỏng màn hình", "vi", NONE, 0, NULL },
  { "hành động đê hèn", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Đi dọc con đê là tới nhà ngoại", "vi", NONE, 0, NULL },
  { "đồ đốn mạt", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Bác đốn cây trước nhà vì sợ bão đổ", "vi", NONE, 0, NULL },
  { "loại mạt hạng như mày", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Vé hạng thường rẻ hơn vé hạng nhất", "vi", NONE, 0, NULL },
  { "bọn bồi bút viết bài", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Cô dặn mang bút mực và thước kẻ", "vi", NONE, 0, NULL },
  { "đồ đần thối", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Thối tiền cho khách xong mẹ mới về", "vi", NONE, 0, NULL },
  { "đồ bám váy mẹ, lớn rồi còn thế", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Em bé bám váy mẹ đòi đi chợ cùng", "vi", NONE, 0, NULL },
  { "câm đi thằng thối mồm", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Tỏi ăn nhiều thì hơi thở có mùi", "vi", NONE, 0, NULL },
  { "đồ bị thịt, làm gì cũng hỏng", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mẹ mua thịt bị ôi, phải mang trả", "vi", NONE, 0, NULL },
  { "đồ cầm thú", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Chim thú trong rừng kéo nhau đi tìm nước", "vi", NONE, 0, NULL },
  { "đồ hèn nhát, chỉ biết trốn", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Chú mèo nhát gan trốn dưới gầm giường", "vi", NONE, 0, NULL },
  { "đồ đạo đức giả", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Cô dạy môn đạo đức rất hay", "vi", NONE, 0, NULL },
  { "đồ hai mặt, tao biết hết rồi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Tờ giấy này viết được cả hai mặt", "vi", NONE, 0, NULL },
  { "đồ tay sai", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Tay em bị đau nên viết chậm", "vi", NONE, 0, NULL },
  /* a put-down the writer says of themself, the pronoun starting the
   * clause ("tớ ngu quá"); not of a friend ("bạn tao ngu"), nor of Minh */
  { "tớ ngu quá, làm sai hết cả bài", "vi", NONE, 0, NULL },
  { "Chắc mình dốt nhất lớp rồi, quên cả ghi tên", "vi", NONE, 0, NULL },
  { "t ngu quá, quên mang vở rồi", "vi", NONE, 0, NULL },
  { "bạn tao ngu lắm", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Minh ngu quá", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "tớ thấy mày ngu quá", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* "im phăng phắc" (dead silent) is not the "phắc" of a swear word */
  { "cả lớp ngồi im phăng phắc", "vi", NONE, 0, NULL },
  { "phắc thật", "vi", NC_CATEGORY_CRUDE, NC_SEVERITY_INFO, "phắc" },
  /* put-downs carried by words aimed at someone, not by "mày" */
  { "Đáng đời mày", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "Đáng đời mày" },
  { "Bạn ấy được khen là đáng đời lắm", "vi", NONE, 0, NULL },
  { "Ai cần mày", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "Ai cần mày" },
  { "Ai cần mượn sách thì nhắn mình nhé", "vi", NONE, 0, NULL },
  { "Không ai mời mày", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "Không ai mời mày" },
  { "Không ai mời được thầy về dự", "vi", NONE, 0, NULL },
  { "Đợi đấy, mai mày biết tay", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, "mày biết tay" },
  { "Bà biết tay con đau nên xoa dầu cho", "vi", NONE, 0, NULL },
  /* a fat or greedy simile said of a pet, not of someone */
  { "Mèo nhà mình béo như con lợn con ấy, đáng yêu xỉu", "vi", NONE, 0, NULL },
  { "con cún nhà tao ăn như heo", "vi", NONE, 0, NULL },
  /* (s18-vi: the likeness of "mày" to a beast takes "mày" in) */
  { "mày béo như con lợn", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "mày béo như con lợn" },
  { "mày ăn như heo", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "mày ăn như heo" },
  /* words that only look like name-calling: a piggy bank, toys, food */
  { "Con heo đất của em đầy rồi, Tết này đập ra mua quà", "vi", NONE, 0, NULL },
  { "em thích đồ chơi mới lắm", "vi", NONE, 0, NULL },
  { "cả nhà ăn lợn quay với bò bía", "vi", NONE, 0, NULL },
  /* "thằng" before a word of kinship calls a friend or a brother;
   * name-calling still warns */
  { "Thằng bạn thân tao vừa đậu trường chuyên", "vi", NONE, 0, NULL },
  { "thằng bạn mày là thằng chó", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, "thằng chó" },
  { "Em bị muỗi đốt đầy chân, ngứa muốn điên", "vi", NONE, 0, NULL },
  /* a friend's mother calling is no swear word; "đm mẹ mày" is */
  { "m ve nha an com di, me m goi kia", NULL, NONE, 0, NULL },
  { "đm mẹ mày", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, "mẹ mày" },
  { "về hỏi mẹ mày ấy", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, "mẹ mày" },
  /* ninth round: farm animals doing what animals do are animals; a game's
   * kill of a monster or a boss; a seller's "cũ, máy zin" typed without
   * marks is not the swear "cụ mày"; the look-alikes still warn */
  { "Nhà ông bà ngoại mới có con lợn nái đẻ được 11 con", "vi", NONE, 0, NULL },
  { "hnay con bo de con, ca nha thuc toi khuya", NULL, NONE, 0, NULL },
  { "mày béo như con lợn nái", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Bắn chết con rồng xong là qua màn, cố lên", "vi", NONE, 0, NULL },
  { "bắn chết nó đi", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  /* thirteenth round (s13-dvi): a snake or a rat killed at home, with
   * where it was; a game's foe shot that respawns; toneless Điện Biên Phủ
   * is no "thằng điên"; the same words at a classmate still warn */
  { "Ông đập chết con rắn nằm ở góc bếp, may mà không ai bị cắn.", "vi", NONE, 0, NULL },
  { "Bố đánh chết con chuột trong bếp rồi, mẹ đừng sợ nữa.", "vi", NONE, 0, NULL },
  { "đập chết con rắn độc lớp mình đi", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, NULL },
  { "tao đập chết con chuột cống lớp mình", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, NULL },
  { "đập chết con Lan đi", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, NULL },
  { "Tối qua mình bắn chết nó rồi mà nó vẫn hồi sinh, game này hack à.", "vi", NONE, 0, NULL },
  { "ban chet no roi ma no van hoi sinh, game nay hack a", NULL, NONE, 0, NULL },
  { "bắn chết nó đi, nó không hồi sinh được đâu", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "mai kiem tra su bai chien thang dien bien phu", NULL, NONE, 0, NULL },
  { "thang dien bien di", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* s13-dvi: butchery is kitchen talk until it is turned on "mày"; lice
   * and shunning said to a child's face, or to the whole class */
  { "Sáng 28 Tết cả xóm mổ lợn, bọn trẻ con chạy ra xem đông lắm.", "vi", NONE, 0, NULL },
  { "Mẹ bảo em làm cá, mổ bụng cá lấy ruột ra rồi rửa sạch bằng muối.", "vi", NONE, 0, NULL },
  { "Tết này mổ bụng mày ra như mổ lợn nhé.", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "mổ bụng mày" },
  { "Mổ bụng thằng Tuấn ra xem có gì.", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "Mổ bụng thằng" },
  { "Mổ bụng con cá này đi, mẹ.", "vi", NONE, 0, NULL },
  { "tan học tao cắt tiết mày", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "Bố ơi con bị chấy rồi, bố bảo mọi người tránh xa con ra kẻo lây.", "vi", NONE, 0, NULL },
  { "Mày có chấy đầy đầu, cả lớp tránh xa mày ra.", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "nó có chấy đầy đầu, cả lớp tránh xa nó ra", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mẹ đập chết con muỗi trên tay em, máu dính cả ra.", "vi", NONE, 0, NULL },
  { "đập chết con muỗi lớp mình đi", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, NULL },
  { "Đi lễ chùa mà mặt mày như quỷ, ai nhìn cũng sợ.", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Sáng nay được điểm mười, mặt mày hớn hở chạy về khoe mẹ.", "vi", NONE, 0, NULL },
  { "ban lai dt cu may zin, ai can ib", NULL, NONE, 0, NULL },
  { "dm cu may", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* toneless family chat is Vietnamese by "nha", "hnay", ... ("cum" is the
   * flu jab); toneless "do rac chua" is a chore, "thoi di do rac" a name */
  { "Me moi tiem phong cum cho ca nha", NULL, NONE, 0, NULL },
  { "may beo nhu heo nha", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Con do rac chua? Xe rac den roi kia", NULL, NONE, 0, NULL },
  { "thoi di do rac", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* toneless "con bo vao" is a parent's "con bỏ vào", not "con bò" */
  { "quan ao ban con bo vao may giat giup me nhe", NULL, NONE, 0, NULL },
  { "may la con bo", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* a put-down of one's own body, the pronoun starting the clause, maybe
   * after "dạo này"; not of a friend */
  { "Mình gầy như que tăm, mẹ bắt ăn thêm bát cơm", "vi", NONE, 0, NULL },
  { "Dạo này tớ béo như heo rồi, phải giảm cân thôi", "vi", NONE, 0, NULL },
  { "con Lan gầy như que tăm", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "bạn tớ béo như heo", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* useless and dirty things, a farm's fat pigs, a water barrel, idle
   * chat, "xl" for sorry; said of someone they still warn */
  { "Cái ô này vô dụng quá, gió thổi cái là lật", "vi", NONE, 0, NULL },
  { "mày vô dụng quá", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Phòng mình bẩn thỉu quá, cuối tuần phải dọn thôi", "vi", NONE, 0, NULL },
  { "tụi mày bẩn thỉu", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Nhà bác nuôi heo béo tốt lắm", "vi", NONE, 0, NULL },
  { "Bố mua thêm cái thùng phi để đựng nước mưa", "vi", NONE, 0, NULL },
  { "mày như cái thùng phi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Tối qua tụi mình ngồi nói chuyện tào lao tới khuya", "vi", NONE, 0, NULL },
  { "mày tào lao quá", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "xl mn, hôm nay mình đến muộn", "vi", NONE, 0, NULL },
  { "bớt xl lại", "vi", NC_CATEGORY_CRUDE, NC_SEVERITY_INFO, NULL },
  /* entries of insult, hate, violence and exclusion in everyday senses
   * (probe r9e); their look-alikes still warn */
  { "Con chó này dễ thương quá, của ai vậy", "vi", NONE, 0, NULL },
  { "con chó này sủa gì", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, NULL },
  { "Mẹ mua hạt óc chó cho con ăn", "vi", NONE, 0, NULL },
  { "đồ óc chó", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, NULL },
  { "Bãi biển đầy rác rưởi sau lễ hội", "vi", NONE, 0, NULL },
  { "đồ rác rưởi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Bánh này ngọt quá, chẳng ai thèm ăn", "vi", NONE, 0, NULL },
  { "chẳng ai thèm chơi với nó", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mẹ không cho nó chơi điện thoại nữa vì cận thị", "vi", NONE, 0, NULL },
  { "không cho nó chơi cùng", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mày coi chừng té nha, sàn nhà mới lau trơn lắm", "vi", NONE, 0, NULL },
  { "mày coi chừng tao", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, NULL },
  { "Chết, con quên mang áo mưa rồi mẹ ơi", "vi", NONE, 0, NULL },
  { "Bà thắp ba que hương rồi khấn ông bà", "vi", NONE, 0, NULL },
  { "bọn ba que", "vi", NC_CATEGORY_HATE, NC_SEVERITY_BLOCK, NULL },
  { "Vào bếp đi con, cơm chín rồi", "vi", NONE, 0, NULL },
  { "con gái thì về nhà nấu cơm", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Bà ngoại gửi lên đồ nhà quê: gà, trứng với rau sạch", "vi", NONE, 0, NULL },
  { "Mấy tin nhắn đó toàn lừa đảo, đừng ai bấm vào nhé", "vi", NONE, 0, NULL },
  { "bọn đó toàn lừa đảo", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "Hôm nay mình bake bánh bông lan", "vi", NONE, 0, NULL },
  { "Hoa dâm bụt trước cổng nhà bà nở đỏ rực", "vi", NONE, 0, NULL },
  { "Cái nồi cháy đen như than, cọ mãi không sạch", "vi", NONE, 0, NULL },
  { "mày đen như than", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Hồi bé mình trẻ trâu lắm, hay trèo cây hái ổi", "vi", NONE, 0, NULL },
  { "mày trẻ trâu quá", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* a friend's smell of smoke, dirty trousers, told with care */
  { "Mày hôi mùi tỏi quá, trưa ăn bún chả à", "vi", NONE, 0, NULL },
  { "mày bẩn hết quần rồi kìa, về thay đi", "vi", NONE, 0, NULL },
  { "mày hôi quá", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "tụi mày bẩn thỉu", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* toneless pyjamas and jabs; one's own sleep "like a pig" */
  { "me oi do ngu cua con dau roi", NULL, NONE, 0, NULL },
  { "do ngu", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, NULL },
  { "mai di chich ngua o tram y te nha con", NULL, NONE, 0, NULL },
  { "t ngu nhu heo, bao thuc reo 3 lan k day", NULL, NONE, 0, NULL },
  { "thang nay ngu nhu heo", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* telling others to beware of a scam is no scam */
  { "Mọi người cảnh giác tin nhắn trúng thưởng nha", "vi", NONE, 0, NULL },
  { "trúng thưởng, bấm link nhận quà", "vi", NC_CATEGORY_SCAM, NC_SEVERITY_WARN, NULL },
  /* typed without marks: "thót tim", "mâm ngũ quả" */
  { "tran chung ket hay no nao, xem ma thot tim", NULL, NONE, 0, NULL },
  { "mam ngu qua nha ba co du mang cau, dua, xoai", NULL, NONE, 0, NULL },
  /* typed without marks, language detected: everyday chat passes (the
   * model's whole-draft warning needs a higher score there; "dap", "cuc",
   * "con di hoc" are no slurs), insults still warn */
  { "tao voi may di da bong khong", NULL, NONE, 0, NULL },
  { "chieu nay tao qua nha may choi game nhe", NULL, NONE, 0, NULL },
  { "mai may co di hoc khong", NULL, NONE, 0, NULL },
  { "Con di hoc ve roi me oi, con doi bung qua", NULL, NONE, 0, NULL },
  { "bo moi mua cho minh cai xe dap moi", NULL, NONE, 0, NULL },
  { "phim nay hay cuc, may xem di", NULL, NONE, 0, NULL },
  { "may ngu vai", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "may ngu vai" },
  { "thang nay ngu nhu bo", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, "ngu nhu bo" },
  /* (typed without marks, "con di" is also "còn đi": the slur needs
   * "là" before it, or an offensive draft) */
  { "may la con di", NULL, NC_CATEGORY_SEXUAL, NC_SEVERITY_BLOCK, "la con di" },
  { "nha minh con di choi nen ve muon", NULL, NONE, 0, NULL },
  /* toneless forms that are everyday words ("tắt máy", "đeo", "bố mẹ",
   * "mau lớn") need their marks to be swear words */
  { "tat may tinh di roi di ngu", NULL, NONE, 0, NULL },
  { "nho deo khau trang nha", NULL, NONE, 0, NULL },
  { "bo me tao di lam roi", NULL, NONE, 0, NULL },
  { "an nhieu cho mau lon nhe", NULL, NONE, 0, NULL },
  { "tát mày bây giờ", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "tát mày" },
  /* typed without marks, threats and put-downs aimed by several words
   * warn ("tao ... danh may", "cho may 1 tran": "1" for "một"); the same
   * words in everyday sentences do not ("danh may" is "đánh máy", typing) */
  { "mai tao danh may sau gio hoc", NULL, NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, "tao danh may" },
  { "tao se danh may", NULL, NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, "tao se danh may" },
  { "cho may 1 tran bay gio", NULL, NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, "cho may 1 tran" },
  { "cut khoi day ngay", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "cut khoi day" },
  { "may chang duoc tich su gi", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "may chang duoc tich su gi" },   /* (s20-naming: "may" joins the put-down beside it) */
  { "toi dang danh may bai tap", NULL, NONE, 0, NULL },
  { "chieu nay em ngoi danh may cho bo", NULL, NONE, 0, NULL },
  { "nha may nay to qua", NULL, NONE, 0, NULL },
  /* name-calling that needs its marks counts typed without them as the
   * whole draft ("do an hai"), not inside everyday words ("đồ ăn hải sản") */
  { "do an hai", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "do an hai" },
  { "thang cho kia", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, "thang cho kia" },
  { "do an hai san o day ngon lam", NULL, NONE, 0, NULL },
  { "thang cho ket qua thi roi moi di choi", NULL, NONE, 0, NULL },
  { "dau bo", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "dau bo" },
  { "dau bo xao toi ngon lam", NULL, NONE, 0, NULL },
  /* toneless "dung la" is "đúng là", no negation ("đừng") */
  { "may dung la do bo di", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "may dung la do bo di" },
  /* a threat against telling an adult is the condition itself, with or
   * without marks; telling a teacher is not */
  { "đứa nào mách thầy thì biết tay", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, "đứa nào mách" },
  { "m ma dam mach thay thi xong roi", NULL, NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, "m ma dam mach" },
  { "hôm qua tao mách cô chuyện bạn Lan bị ốm", "vi", NONE, 0, NULL },
  { "cô bảo ai biết thì mách cô nhé", "vi", NONE, 0, NULL },
  /* (sixth round) name-calling as the draft's first clause; toneless
   * "ngu" is also "ngủ", "ngữ", "ngừ": alone, at a clause's end or in its
   * toneless phrases it is the insult, in everyday phrases it is not */
  { "do an hai, co moi viec cung lam hong", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "do an hai" },
  { "do an hai san, tom cua ngon lam", NULL, NONE, 0, NULL },
  { "ngu", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "ngu" },
  { "no bi phat vi ngu", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "ngu" },
  { "team toan lu ngu", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "lu ngu" },
  { "m ngu the", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "cac chuyen gia khuyen uong du nuoc va ngu du giac", NULL, NONE, 0, NULL },
  { "con meo nha t beo qua, toan nam ngu", NULL, NONE, 0, NULL },
  { "bua trua nay me nau ca ngu kho", NULL, NONE, 0, NULL },
  { "doi ngu giao vien truong minh rat tre", NULL, NONE, 0, NULL },
  { "hom nay t ngu qua gio nen di hoc tre", NULL, NONE, 0, NULL },
  /* toneless "deo" is also "đèo", "dẻo"; "cum" in a Vietnamese draft is
   * "cúm"; "ma me" is "mà mẹ" but as the whole draft */
  { "xe khach lat xuong deo, cuu ho dang den", NULL, NONE, 0, NULL },
  { "trung thu nay me mua banh deo", NULL, NONE, 0, NULL },
  { "t deo biet", NULL, NC_CATEGORY_CRUDE, NC_SEVERITY_INFO, "t deo" },
  { "bo y te khuyen nguoi dan tiem vac xin cum", NULL, NONE, 0, NULL },
  { "t xin di choi r ma me ko cho", NULL, NONE, 0, NULL },
  { "ma me may", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "ma me may" },
  /* "sao ... không ... đi" wishes, no negation */
  { "sao may khong bien khoi trai dat di", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "bien khoi trai dat" },
  { "may khong bien khoi trai dat duoc dau", NULL, NONE, 0, NULL },
  /* (seventh round, tuning half of the broad everyday sets) a hen killed
   * for Tết, game kills, a back rubbed, a boxer, a fairy tale, a village
   * festival and crime news say no threat; the same verbs aimed at
   * someone still warn */
  { "Tết này nhà mình giết gà cúng ông bà", "vi", NONE, 0, NULL },
  { "ong bao giet con ga to nhat de cung ram", NULL, NONE, 0, NULL },
  { "tao sẽ giết mày như giết gà", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "giết mày" },
  { "Tối qua tớ giết được con boss cuối rồi, sướng phát điên", "vi", NONE, 0, NULL },
  { "Tớ tiêu diệt được ba mạng liên tiếp, triple kill!", "vi", NONE, 0, NULL },
  { "Lưng bố đau quá, con đấm lưng cho bố một lúc nhé", "vi", NONE, 0, NULL },
  { "Võ sĩ đấm gục đối thủ ở hiệp ba", "vi", NONE, 0, NULL },
  { "mai tao đấm gục mày", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, "đấm gục mày" },
  { "Thạch Sanh giết chằn tinh, cứu được công chúa", "vi", NONE, 0, NULL },
  { "Lễ hội chém lợn ở Bắc Ninh được tổ chức kín đáo theo yêu cầu mới", "vi", NONE, 0, NULL },
  { "tao chém mày", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, "chém mày" },
  { "Kẻ giết hại cả gia đình lĩnh án tử hình", "vi", NONE, 0, NULL },
  { "toa tuyen phat ke giet nguoi cuop tai san 20 nam tu", NULL, NONE, 0, NULL },
  { "mày đáng bị tử hình", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, "mày đáng bị tử hình" },
  { "Nghi phạm đâm chết người rồi bỏ trốn", "vi", NONE, 0, NULL },
  { "tao đâm chết mày bây giờ", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "đâm chết mày" },
  { "Hắn bị tòa tuyên tử hình", "vi", NONE, 0, NULL },
  { "giết nó đi", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "giết nó đi" },
  { "Nhóm khủng bố tấn công đồn cảnh sát, lực lượng an ninh tiêu diệt 3 tay súng", "vi", NONE, 0, NULL },
  { "bat 3 doi tuong van chuyen ma tuy tu Lao ve Nghe An", NULL, NONE, 0, NULL },
  { "bán ma túy giá rẻ inbox", "vi", NC_CATEGORY_SCAM, NC_SEVERITY_WARN, NULL },
  { "Công an bắt giữ 5 kg ma túy tổng hợp", "vi", NONE, 0, NULL },
  { "Đường dây cá độ bóng đá bị triệt phá", "vi", NONE, 0, NULL },
  { "soi cầu lô đề chuẩn 100%", "vi", NC_CATEGORY_SCAM, NC_SEVERITY_WARN, NULL },
  { "ai bán bóng cười ko", "vi", NC_CATEGORY_SCAM, NC_SEVERITY_WARN, NULL },
  { "Bố tớ bảo chơi cá độ là hư lắm", "vi", NONE, 0, NULL },
  { "Cá độ online là phạm pháp, các em nhớ tránh xa", "vi", NONE, 0, NULL },
  { "nạp tiền chơi nổ hũ đi, link ở dưới", "vi", NC_CATEGORY_SCAM, NC_SEVERITY_WARN, NULL },
  /* (seventh round) lexicon phrases in chat: "m" for "mày", "t" for
   * "tao" ("tao sẽ tát mày"); not "t" alone before an everyday "máy"
   * ("tắt máy"), nor "m" starting a phrase ("m đợi đấy": wait there) */
  { "t se tat m", NULL, NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "t se tat m" },
  { "t se xu m", NULL, NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "xu m" },
  { "mong m bi xe dam", NULL, NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, "mong m bi" },
  { "de t tat may roi ra ngay", NULL, NONE, 0, NULL },
  { "de t xu ly cai may tinh cho", NULL, NONE, 0, NULL },
  { "m doi day nhe, 5p nua t toi", NULL, NONE, 0, NULL },
  { "mong may khong bi hong nua", NULL, NONE, 0, NULL },
  /* name-calling typed without marks as the last clause, or called "kia";
   * not a clause between others ("do dân", by the people), nor "này"
   * ("nay", today) */
  { "t chan m roi, do phien phuc", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "do phien phuc" },
  { "con dien kia bi lam sao z", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "con dien" },
  { "do con lon", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "do con lon" },
  { "Cua dan, do dan, vi dan", NULL, NONE, 0, NULL },
  { "con dien nay thi sac dt di", NULL, NONE, 0, NULL },
  { "do ga nay ngon, me t nau", NULL, NONE, 0, NULL },
  { "con lon nha ba noi t de 10 con", NULL, NONE, 0, NULL },
  /* toneless news: "treo co" is "treo cờ", "rọ mõm" a muzzle, passes */
  { "nha t treo co do sao vang tu sang", NULL, NONE, 0, NULL },
  { "xe khach lao xuong vuc tren deo", NULL, NONE, 0, NULL },
  { "cho phai deo ro mom khi ra cong vien", NULL, NONE, 0, NULL },
  { "tao treo co may len", NULL, NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, "treo co may" },
  { "đi treo cổ đi", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "đi treo cổ đi" },
  /* put-downs that read alike without marks */
  { "beo u nhu the ma cung doi lam nguoi mau", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "troi mua ma cung di hoc dung gio", NULL, NONE, 0, NULL },
  { "dan tinh do toan trom cap", NULL, NC_CATEGORY_HATE, NC_SEVERITY_WARN, "toan trom cap" },
  { "cong an bat nhom trom cap xe may", NULL, NONE, 0, NULL },
  { "nguoi m hoi rinh", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "m hoi rinh" },
  { "cai ao nay hoi rinh, giat di", NULL, NONE, 0, NULL },
  { "lun nhu cai nam", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "lun nhu cai" },
  { "lun nhu t ma van dc vao doi bong ro", NULL, NONE, 0, NULL },
  { "may dung la thang ngoc", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "may dung la thang" },
  { "thang Ngoc lop t ve nhat giai ve tranh", NULL, NONE, 0, NULL },
  /* "mày" typed without marks ("may", also "máy") right before a
   * put-down of the body or mind; not "mày hỏi" ("may hoi") */
  { "may lun the ai them choi", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "may lun the" },
  { "may ngheo the", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "may ngheo the" },
  { "may hoi gi the", NULL, NONE, 0, NULL },
  { "may nay xai tot lam", NULL, NONE, 0, NULL },
  /* orders to be quiet or to leave: "cút về nhà mày", not "tôi về nhà" */
  { "cut ve nha may di", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "cut ve nha may" },
  { "t cut ve nha roi", NULL, NONE, 0, NULL },
  { "m im di cho t nho", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "m im lang nghe co giang nhe", NULL, NONE, 0, NULL },
  /* words only Vietnamese has, typed without marks, tell the language
   * ("ghet"): the Vietnamese lexicon reads the draft; "ghét" alone
   * warns of nothing */
  { "m that la dang ghet", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "m that la dang ghet" },
  { "t ghet an hanh lam, de t gap ra", NULL, NONE, 0, NULL },
  /* an insult that needs its marks counts typed without them right
   * after a calling word that starts the clause ("thằng", "con", "đồ",
   * "mày"), as a whole clause (one intensifier may follow: "thế", "vl");
   * not inside a sentence, nor the crude words ("con lon": "con lớn") */
  { "Thang tam than", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "Thang tam than" },
  { "May dot the", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "May dot the" },
  { "May khung a", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "May khung" },
  { "t thay thang do hoi co giao", NULL, NONE, 0, NULL },
  { "Con lon qua, ko bao dc nua", NULL, NONE, 0, NULL },
  { "do dien nha t hong het roi", NULL, NONE, 0, NULL },
  /* unkind children's messages */
  { "Không ai chơi với mày đâu", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "Không ai chơi với mày" },
  { "mập như heo", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "mập như heo" },
  { "đồ nhà quê", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, "đồ nhà quê" },
  { "con gái thì biết gì", "vi", NC_CATEGORY_HATE, NC_SEVERITY_WARN, NULL },
  { "nobody wants to play with you", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "you're so fat you can't even run", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "you're so fat you" },
  /* hate, violence, sexual */
  { "bọn bắc kỳ", "vi", NC_CATEGORY_HATE, NC_SEVERITY_BLOCK, "bắc kỳ" },
  { "thằng bê đê", "vi", NC_CATEGORY_HATE, NC_SEVERITY_BLOCK, "bê đê" },
  { "tao sẽ giết mày", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "giết mày" },
  { "đánh chết nó đi", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "đánh chết nó" },
  { "nứng quá", "vi", NC_CATEGORY_SEXUAL, NC_SEVERITY_WARN, "nứng" },
  /* personal data */
  { "số của mình là 0912 345 678 nhé", "vi", NC_CATEGORY_PERSONAL_DATA, NC_SEVERITY_BLOCK, "0912 345 678" },
  { "gọi 0912.345.678", "vi", NC_CATEGORY_PERSONAL_DATA, NC_SEVERITY_WARN, "0912.345.678" },
  { "my number is +84 912 345 678", "en", NC_CATEGORY_PERSONAL_DATA, NC_SEVERITY_BLOCK, "+84 912 345 678" },
  { "CCCD 001203012345", "vi", NC_CATEGORY_PERSONAL_DATA, NC_SEVERITY_BLOCK, "001203012345" },
  { "mail mình: be.an@gmail.com", "vi", NC_CATEGORY_PERSONAL_DATA, NC_SEVERITY_WARN, "be.an@gmail.com" },
  { "mật khẩu là abc12345", "vi", NC_CATEGORY_PERSONAL_DATA, NC_SEVERITY_BLOCK, "mật khẩu là abc12345" },
  { "mã OTP: 482913", "vi", NC_CATEGORY_PERSONAL_DATA, NC_SEVERITY_BLOCK, "mã OTP: 482913" },
  { "my password is hunter22", "en", NC_CATEGORY_PERSONAL_DATA, NC_SEVERITY_BLOCK, "password is hunter22" },
  /* a phone's battery, "pin 85%", is no PIN; "mã pin: 1234" is */
  { "bán lại điện thoại cũ, pin 85%, sạc 20W", "vi", NONE, 0, NULL },
  { "mã pin: 1234", "vi", NC_CATEGORY_PERSONAL_DATA, NC_SEVERITY_BLOCK, NULL },
  { "em học lớp 6A trường THCS Lê Lợi", "vi", NC_CATEGORY_PERSONAL_DATA, NC_SEVERITY_WARN, NULL },
  { "nhà mình ở số 12 đường Lê Lợi", "vi", NC_CATEGORY_PERSONAL_DATA, NC_SEVERITY_WARN, NULL },
  /* fake news and scams */
  { "SỐC!!! chia sẻ ngay trước khi bị xóa", "vi", NC_CATEGORY_FAKE_NEWS, NC_SEVERITY_WARN, "chia sẻ ngay" },
  { "bạn đã trúng thưởng iPhone, chuyển khoản trước phí nhận quà", "vi", NC_CATEGORY_SCAM, NC_SEVERITY_BLOCK, NULL },
  { "Share before it's deleted!", "en", NC_CATEGORY_FAKE_NEWS, NC_SEVERITY_WARN, NULL },
  { "Congratulations, you have won! Claim your prize", "en", NC_CATEGORY_SCAM, NC_SEVERITY_BLOCK, NULL },
  /* English */
  { "shut up you stupid bitch", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "bitch" },
  { "fucking hell", NULL, NC_CATEGORY_CRUDE, NC_SEVERITY_INFO, "fucking" },
  { "f.u.c.k this", "en", NC_CATEGORY_CRUDE, NC_SEVERITY_INFO, "f.u.c.k" },
  { "go back to your country", "en", NC_CATEGORY_HATE, NC_SEVERITY_BLOCK, NULL },
  { "i will kill you", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "i will kill you" },
  { "i'm a kill you", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  /* tricky negatives, English */
  { "I am in class with an assassin from Scunthorpe", "en", NONE, 0, NULL },
  { "let's kill time at the mall", "en", NONE, 0, NULL },
  { "I could kill for a burger right now", "en", NONE, 0, NULL },
  { "we need to kill the spiders before they spawn", "en", NONE, 0, NULL },
  { "kill the boss first, then loot", "en", NONE, 0, NULL },
  { "i want to kill you", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "I'll kill him tomorrow", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, NULL },
  { "kill them all", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, "kill them all" },
  { "you're killing it!", "en", NONE, 0, NULL },
  { "as I said, the cocktail was great", "en", NONE, 0, NULL },
  /* ninth round: what a child types to hide a word, undone, the span on
   * the child's own characters; and look-alikes that hide nothing */
  { "k i l l you", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "k i l l you" },
  { "kiII you after school", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "kiII you" },
  { "k y s", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "k y s" },
  { "i want u dead", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, "want u dead" },
  { "f*ck you", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "f*ck you" },
  { "you're a b!tch", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "b!tch" },
  { "ur so $tupid", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "what a 1d10t", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "\xef\xbd\x93\xef\xbd\x94\xef\xbd\x95\xef\xbd\x90\xef\xbd\x89\xef\xbd\x84 loser", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "M \xc3\x80 Y  N G U", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "m.\xc3\xa0.y n.g.u", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "T H A N K  Y O U  S O  M U C H", "en", NONE, 0, NULL },
  { "ur such a loooser", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "is there a looser college town than ours", "en", NONE, 0, NULL },
  { "C \xe1\xba\xa2 M  \xc6\xa0 N  M \xe1\xba\xb8", "vi", NONE, 0, NULL },
  { "we visited T.P. Ho Chi Minh City, then the U.S.A", "en", NONE, 0, NULL },
  { "we won 3-1, the shoes cost $340, meet me at 3:30 :-)", "en", NONE, 0, NULL },
  { "u r a star, see u at 5", "en", NONE, 0, NULL },
  { "ask @sam_lee, the link is kids.nationalgeographic.com", "en", NONE, 0, NULL },
  /* tenth round: words run together, an article joined to spaced
   * letters, emoji as the insult; and their look-alikes */
  { "th\xe1\xba\xb1ngngu", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, "th\xe1\xba\xb1ngngu" },
  { "m\xc3\xa0y l\xc3\xa0 \xc4\x91 \xe1\xbb\x93 n g u", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, NULL },
  { "urstupid", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "urstupid" },
  { "you're a w h o r e", "en", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, NULL },
  { "we read about Uranus, then sat in the cockpit with the therapist", "en", NONE, 0, NULL },
  { "he is so apathetic about school", "en", NONE, 0, NULL },
  { "learn your a b c d with me, the word is b a n a n a", "en", NONE, 0, NULL },
  { "we ate cr\xc3\xa8me br\xc3\xbbl\xc3\xa9" "e at the caf\xc3\xa9, so na\xc3\xafve of me", "en", NONE, 0, NULL },
  { "you're a \xf0\x9f\xa4\xa1", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "you're a \xf0\x9f\xa4\xa1" },
  { "\xf0\x9f\x96\x95 you", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "I love \xf0\x9f\x90\xb7 they are so cute", "en", NONE, 0, NULL },
  { "\xf0\x9f\xa4\xa1 costume for Halloween", "en", NONE, 0, NULL },
  { "\xf0\x9f\x90\xb6", NULL, NONE, 0, NULL },
  { "\xf0\x9f\x90\xb7\xf0\x9f\x90\xb7 lol", "en", NONE, 0, NULL },
  { "m l\xc3\xa0 \xf0\x9f\x90\xb6 \xc3\xa0", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "nh\xc3\xacn m\xe1\xba\xb7t nh\xc6\xb0 \xf0\x9f\x90\xb7", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "con \xf0\x9f\x90\xb6 nh\xc3\xa0 em d\xe1\xbb\x85 th\xc6\xb0\xc6\xa1ng qu\xc3\xa1", "vi", NONE, 0, NULL },
  { "you st\xc3\xbcpid", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  /* eighteenth round: fancy text (parenthesized, squared, small capitals,
   * modifier letters, Cyrillic te, Armenian) and a 9 for a g; and
   * look-alikes that hide nothing */
  { "you are \xe2\x92\xae\xe2\x92\xaf\xe2\x92\xb0\xe2\x92\xab\xe2\x92\xa4\xe2\x92\x9f", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "you are \xf0\x9f\x86\x82\xf0\x9f\x86\x83\xf0\x9f\x86\x84\xf0\x9f\x85\xbf\xf0\x9f\x85\xb8\xf0\x9f\x85\xb3", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "you are \xea\x9c\xb1\xe1\xb4\x9b\xe1\xb4\x9c\xe1\xb4\x98\xc9\xaa\xe1\xb4\x85", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "you are \xcb\xa2\xe1\xb5\x97\xe1\xb5\x98\xe1\xb5\x96\xe2\x81\xb1\xe1\xb5\x88", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "you are \xd1\x95\xd1\x82\xcf\x85\xcf\x81\xce\xb9" "d", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "m\xc3\xa0y n9u", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "m\xc3\xa0y \xd5\xb8gu", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "the IPA for it is /\xc9\xaat/, x\xc2\xb2 + y\xe2\x81\xbf", "en", NONE, 0, NULL },
  { "\xf0\x9f\x85\xb1\xef\xb8\x8fruh this is lit", "en", NONE, 0, NULL },
  { "th\xe1\xba\xbf h\xe1\xbb\x87 9x, l\xe1\xbb\x9bp 9a, h\xe1\xba\xb9n 9h t\xe1\xbb\x91i", "vi", NONE, 0, NULL },
  /* twenty-second round (lead): letters Unicode's confusables say look
   * like Latin ones, a dotless i, a Latin alpha, a Cherokee i; and words
   * that are what they look like */
  { "you're an \xc4\xb1" "d\xc4\xb1" "ot", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "you're \xc9\x91 loser", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "you're an id\xe1\x8e\xa5ot", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "\xc4\xb1stanbul is lovely in spring", "en", NONE, 0, NULL },
  { "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82, \xd0\xba\xd0\xb0\xd0\xba \xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb0", NULL, NONE, 0, NULL },
  /* ninth round, kinds of batch r9b: put out of a
   * chat, pictures sent round, looks mocked by what made them */
  { "we removed you from the group, bye", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "we removed the old photos from the group", "en", NONE, 0, NULL },
  { "i'm sending your pic to the whole class", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "i'm sending your drawing to grandma, she'll love it", "en", NONE, 0, NULL },
  { "did you cut your hair with a knife", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "did you cut your hair yourself? it looks great", "en", NONE, 0, NULL },
  { "your whole squad is trash", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "your whole squad is awesome", "en", NONE, 0, NULL },
  { "i will find u", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, NULL },
  { "i'll find you a seat next to me", "en", NONE, 0, NULL },
  /* tenth round, kinds of batch r10j: exclusion whoever is named, nobody
   * in more words, hygiene, poverty, a skill or a failure mocked,
   * passive-aggressive jabs, threats of posting; and their everyday
   * readings: a game's stake, oneself, pets and plans as things, Dutch */
  { "don't let the new kid sit with us", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "don't let the new kid sit alone at lunch", "en", NONE, 0, NULL },
  { "you can't sit with us", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "i can't sit with you today, i have chess club", "en", NONE, 0, NULL },
  { "not a single person wants you on their team", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "every single person wants you on their team", "en", NONE, 0, NULL },
  { "everyone secretly can't stand you", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "everyone copies your accent behind your back", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "put your hands behind your back and stretch", "en", NONE, 0, NULL },
  { "she never washes her hair", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "she never washes the dishes, mom says", "en", NONE, 0, NULL },
  { "his parents are broke", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "his bike is broke, he walks now", "en", NONE, 0, NULL },
  { "can you even speak english", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "can you even hear me? the call is bad", "en", NONE, 0, NULL },
  { "you can't even do basic math", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "i can't even do basic math today, too tired", "en", NONE, 0, NULL },
  { "lol imagine failing a spelling test", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "you're the reason we got a bad grade", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "you're the reason we got a good grade", "en", NONE, 0, NULL },
  { "it's funny how certain people think they're invited", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "some people in this chat need to send the homework pics", "en", NONE, 0, NULL },
  { "the group was better before a certain someone joined", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "do what i say or i'll post the video", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, NULL },
  { "i'll post the video of you scoring", "en", NONE, 0, NULL },
  { "loser buys the ice cream!", "en", NONE, 0, NULL },
  { "the losers of the tug of war clean up", "en", NONE, 0, NULL },
  { "you loser", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "stupid me, i forgot my lunch again", "en", NONE, 0, NULL },
  { "i'm such a loser at chess, dad beat me again", "en", NONE, 0, NULL },
  { "our puppy is so dumb, he ran into the door", "en", NONE, 0, NULL },
  { "that was a dumb plan, let's take the bus", "en", NONE, 0, NULL },
  { "dumb dog", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "girls are so dumb at games", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "when you go back to your country for the summer, send pics", "en", NONE, 0, NULL },
  { "go back to your country", "en", NC_CATEGORY_HATE, NC_SEVERITY_BLOCK, NULL },
  { "hoe Twitter een slagveld werd", "en", NONE, 0, NULL },
  { "the garden hoe is in the shed", "en", NONE, 0, NULL },
  { "shut up hoe", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "your hair smells like old food", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "your house smells like cookies, can i come over", "en", NONE, 0, NULL },
  { "everyone's in the new chat except you", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "everyone's here except you, hurry up", "en", NONE, 0, NULL },
  { "i'm telling everyone you cried in the toilet", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "everyone knows i cried at the end of the movie lol", "en", NONE, 0, NULL },
  { "you're the reason the group project failed", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "u live in a trash can", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "raccoons live in a trash can sometimes", "en", NONE, 0, NULL },
  { "cut yourself if you're so sad", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_WARN, NULL },
  { "careful, you could cut yourself on that", "en", NONE, 0, NULL },
  { "you're not even cute", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "the movie is not even funny, let's leave", "en", NONE, 0, NULL },
  { "can't believe how fat you got", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "i can't believe how big you got!", "en", NONE, 0, NULL },
  { "i can't stand your face", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "i can't stand you being sad, here's a hug", "en", NONE, 0, NULL },
  { "you're such a chicken lol", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "we had chicken for dinner", "en", NONE, 0, NULL },
  /* eleventh round (s11-school): a child's composition and game chat.
   * An animal's snout described or used ("cái mõm dài", "liếm mõm"), a
   * crude syllable inside an everyday compound ("hãm hại", "hãm trà",
   * "cẩu thả", "trứng cút", "phò mã", "dái tai", "lược đồ câm"), a game's
   * kills and a referee's call, insults mentioned as the names children
   * are called ("names like", "bị chửi là"); the same words said to
   * someone still warn, and a target right before a mention aims it */
  { "Mực có bộ lông đen mượt, cái mõm dài", "vi", NONE, 0, NULL },
  { "Chú chó có cái mõm đen ướt", "vi", NONE, 0, NULL },
  { "Lợn rừng có cái mõm dài để ủi đất", "vi", NONE, 0, NULL },
  { "Con mèo liếm mõm sau khi ăn", "vi", NONE, 0, NULL },
  { "Con chó nhà em hay gác mõm lên chân em", "vi", NONE, 0, NULL },
  { "câm mõm", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "im cái mõm lại", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "vả vỡ mõm", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "mõm chó", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "cái mõm to của mày câm lại", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mẹ con Cám nhiều lần tìm cách hãm hại Tấm", "vi", NONE, 0, NULL },
  { "Lười đọc sách sẽ kìm hãm sự phát triển", "vi", NONE, 0, NULL },
  { "Bố hãm phanh từ từ ở ngã tư", "vi", NONE, 0, NULL },
  { "Bà dạy em cách hãm chè xanh", "vi", NONE, 0, NULL },
  { "Ông hãm một ấm trà mời khách", "vi", NONE, 0, NULL },
  { "mặt hãm", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "hãm vãi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "thằng hãm", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Cô nhận xét chữ em còn cẩu thả", "vi", NONE, 0, NULL },
  { "đồ cẩu", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Mẹ luộc trứng cút cho cả nhà", "vi", NONE, 0, NULL },
  { "cút đi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Nhiều bạn chỉ đứng nhìn hoặc hùa theo", "vi", NONE, 0, NULL },
  { "Mấy anh lớp trên hay ức hiếp các bạn nhỏ", "vi", NONE, 0, NULL },
  { "Thạch Sanh được làm phò mã", "vi", NONE, 0, NULL },
  { "con phò", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Con trâu kéo cày mệt thở phì phò", "vi", NONE, 0, NULL },
  { "Em bị muỗi đốt sưng dái tai", "vi", NONE, 0, NULL },
  { "Quyên góp cho các bạn có hoàn cảnh khốn khó", "vi", NONE, 0, NULL },
  { "đồ khốn", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Ông em bị đái tháo đường", "vi", NONE, 0, NULL },
  { "Điền tên các tỉnh vào lược đồ câm", "vi", NONE, 0, NULL },
  { "đồ câm", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Cái nồi bị méo", "vi", NONE, 0, NULL },
  { "méo biết", "vi", NC_CATEGORY_CRUDE, NC_SEVERITY_INFO, NULL },
  { "Bà vãi thóc cho gà ăn", "vi", NONE, 0, NULL },
  { "Bạn ấy bị chửi là thằng ngu chỉ vì làm sai bài", "vi", NONE, 0, NULL },
  { "Có bạn bị chê là béo trong các bình luận", "vi", NONE, 0, NULL },
  { "Đừng dùng những từ như đồ ngu để gọi bạn", "vi", NONE, 0, NULL },
  { "mày bị gọi là đồ ngu là đúng rồi", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, NULL },
  { "cả lớp gọi mày là đồ béo", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "ok I'm gonna kill the dragon tonight", "en", NONE, 0, NULL },
  { "we need to kill the bugs in our code", "en", NONE, 0, NULL },
  { "I'll kill you", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "gonna kill you and the dragon", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "I keep dying to that stupid boss on level 4", "en", NONE, 0, NULL },
  { "that offside call was so dumb", "en", NONE, 0, NULL },
  { "you're so dumb", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Some kids call others names like stupid or fat", "en", NONE, 0, NULL },
  { "they called him names like loser and freak every day", "en", NONE, 0, NULL },
  { "In the movie the bully calls him a loser", "en", NONE, 0, NULL },
  { "Bullies might call someone ugly or stupid in the comments", "en", NONE, 0, NULL },
  { "people call you ugly", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "you're stupid, like everyone says", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "people call you names like ugly", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "you get called names like loser for a reason", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "the ref gave them that penalty, so dumb, it wasn't even a foul", "en", NONE, 0, NULL },
  { "your phone, so dumb", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "you, so dumb", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "My book report is on Moby Dick", "en", NONE, 0, NULL },
  { "The cock crowed three times and the farmer woke up", "en", NONE, 0, NULL },
  { "you dick", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "the cock is big lol", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "A female dog is called a bitch and a male dog is called a stud", "en", NONE, 0, NULL },
  { "Bella is a good bitch because she takes care of all her puppies", "en", NONE, 0, NULL },
  { "you bitch", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "In old English a donkey was also called an ass", "en", NONE, 0, NULL },
  { "The fox says he knew it was the ass's voice", "en", NONE, 0, NULL },
  { "you're an ass", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "A group of crows is called a murder", "en", NONE, 0, NULL },
  { "Heroin is addictive and can kill you if you take too much", "en", NONE, 0, NULL },
  { "I can kill you if you tell", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "I think schools should teach sex education", "en", NONE, 0, NULL },
  { "I fell on stage and I felt so stupid", "en", NONE, 0, NULL },
  { "Then they kill Simon and Piggy", "en", NONE, 0, NULL },
  { "shut up piggy", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "a boy kept calling me four eyes because of my glasses", "en", NONE, 0, NULL },
  { "a girl was called a slut on a group chat", "en", NONE, 0, NULL },
  { "you're a slut", "en", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, NULL },
  { "Some say games where you shoot and kill people make kids violent", "en", NONE, 0, NULL },
  { "I yelled at him and called him a brat and he cried", "en", NONE, 0, NULL },
  { "kids are mean to him and call him names like freak", "en", NONE, 0, NULL },
  { "people told her she was ugly and she started a campaign", "en", NONE, 0, NULL },
  { "you brat", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "The emperor decided if a loser would live or die", "en", NONE, 0, NULL },
  { "you're a loser who will never win", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "A male chicken is a rooster or a cock, and the female is a hen", "en", NONE, 0, NULL },
  { "Matilda's parents are rude and call her a stupid little girl", "en", NONE, 0, NULL },
  { "Bị bắt nạt trên mạng ảnh hưởng đến sức khỏe tâm thần của học sinh", "vi", NONE, 0, NULL },
  { "Bài Khoa học hôm nay học về hệ thần kinh", "vi", NONE, 0, NULL },
  { "đồ tâm thần", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "thần kinh à", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Chú ngựa có cái mõm mềm như nhung", "vi", NONE, 0, NULL },
  { "I'm gonna kill this level tonight", "en", NONE, 0, NULL },
  { "Mr and Mrs Twit play nasty tricks on each other", "en", NONE, 0, NULL },
  { "you twit", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "Trần Quốc Toản xông pha giết giặc Nguyên", "vi", NONE, 0, NULL },
  { "tao giết mày", "vi", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "words like idiot describe you perfectly", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, NULL },
  { "những từ như đồ ngu hợp với mày lắm", "vi", NC_CATEGORY_INSULT, NC_SEVERITY_BLOCK, NULL },
  /* twelfth round (s12-en): lynching told as history says nothing, a
   * threat of it still blocks */
  { "i'll lynch you", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "we should lynch him", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "we should lynch them", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "you should be executed", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "i'm gonna behead you", "en", NC_CATEGORY_VIOLENCE, NC_SEVERITY_BLOCK, NULL },
  { "we learned about lynching in history today", "en", NONE, 0, NULL },
  /* auto: English is not read as Vietnamese ("lol", "cave") */
  { "lol that is so funny, we explored a cave", NULL, NONE, 0, NULL },
  { "lol ngu qua", NULL, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "ngu qua" },
  /* (s20-speed2) match_cb()'s plain path, an entry that is its own fold
   * with no run ("dumb"): taken typed without marks, turned away typed
   * with marks, which are not its own (as "ngủ" is not "ngu"); its
   * fallback, an entry with a run or an English 'o' ("ass", "loser"),
   * still tests the runs */
  { "you are so dumb", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "you are so dumb" },
  { "you are so dúmb", NULL, NONE, 0, NULL },   /* (auto; "en" reads it otherwise) */
  { "you ass", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "ass" },
  { "as you said", "en", NONE, 0, NULL },
  { "you are such a loser", "en", NC_CATEGORY_INSULT, NC_SEVERITY_WARN, "you are such a loser" },
  { "my shoes are looser now", "en", NONE, 0, NULL },
};

/* The finding of @category that covers @span in @text, or when @span is
 * NULL the most severe finding of @category. */
static const NcFinding *
find (const NcFinding *f, gsize n, int category, const char *text, const char *span)
{
  const NcFinding *best = NULL;

  for (gsize i = 0; i < n; i++)
    {
      if ((int) f[i].category != category)
        continue;
      if (span != NULL)
        {
          if (f[i].byte_end - f[i].byte_start == strlen (span) &&
              strncmp (text + f[i].byte_start, span, strlen (span)) == 0)
            return &f[i];
        }
      else if (best == NULL || f[i].severity > best->severity)
        best = &f[i];
    }
  return best;
}

static void
test_cases (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(NcReport) report = nc_checker_check (checker, c->text, -1, c->lang, &error);
      const NcFinding *f;
      gsize n;

      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, c->text);
      g_assert_no_error (error);
      f = nc_report_get_findings (report, &n);
      if (c->category == NONE)
        {
          for (gsize k = 0; k < n; k++)
            if (f[k].severity >= NC_SEVERITY_WARN)
              g_error ("unexpected %s finding in “%s”", nc_category_to_string (f[k].category), c->text);
          g_assert_false (nc_report_is_flagged (report));
          continue;
        }
      f = find (f, n, c->category, c->text, c->span);
      if (f == NULL)
        g_error ("no %s finding on “%s” in “%s”", nc_category_to_string (c->category),
                 c->span ? c->span : "", c->text);
      g_assert_cmpint (f->severity, ==, c->severity);
      /* (a reminder alone, link or crude language, flags nothing) */
      g_assert_true (nc_report_is_flagged (report) == (c->severity >= NC_SEVERITY_WARN));
      g_assert_cmpint (nc_report_get_max_severity (report), >=, c->severity);
    }
}

/* Every finding names a real Code reference, a lesson and an explanation,
 * and its three kinds of offsets agree. */
static void
test_finding_fields (void)
{
  const char *text = "😀 Mày là đồ ngu 𝐧 vl, số mình là 0912345678, SỐC chia sẻ ngay, bắc kỳ, giết";
  g_autoptr(NcReport) report = nc_checker_check (checker, text, -1, NULL, NULL);
  const NcFinding *f;
  gsize n;

  f = nc_report_get_findings (report, &n);
  g_assert_cmpuint (n, >=, 5);
  for (gsize i = 0; i < n; i++)
    {
      glong u16_start = 0, u16_end = 0;
      g_autofree gunichar2 *a = g_utf8_to_utf16 (text, (glong) f[i].byte_start, NULL, &u16_start, NULL);
      g_autofree gunichar2 *b = g_utf8_to_utf16 (text, (glong) f[i].byte_end, NULL, &u16_end, NULL);

      g_assert_nonnull (nc_code_ref_lookup (f[i].ref_id));
      g_assert_true (g_str_has_prefix (f[i].lesson_id, "lesson-"));
      g_assert_cmpstr (f[i].explanation, !=, "");
      g_assert_cmpuint (f[i].byte_start, <, f[i].byte_end);
      g_assert_cmpuint (f[i].cp_start, ==, (gsize) g_utf8_pointer_to_offset (text, text + f[i].byte_start));
      g_assert_cmpuint (f[i].cp_end, ==, (gsize) g_utf8_pointer_to_offset (text, text + f[i].byte_end));
      g_assert_cmpuint (f[i].utf16_start, ==, (gsize) u16_start);
      g_assert_cmpuint (f[i].utf16_end, ==, (gsize) u16_end);
      if (i > 0)
        g_assert_cmpuint (f[i - 1].cp_start, <=, f[i].cp_start);
    }
}

static void
test_quotation_and_shop_lower (void)
{
  g_autoptr(NcReport) plain = nc_checker_check (checker, "thằng chó", -1, "vi", NULL);
  g_autoptr(NcReport) quoted = nc_checker_check (checker, "nó bảo \"thằng chó\" rồi bỏ đi", -1, "vi", NULL);
  g_autoptr(NcReport) shop = nc_checker_check (checker, "liên hệ shop 0912345678 để đặt hàng", -1, "vi", NULL);
  g_autoptr(NcReport) self = nc_checker_check (checker, "số em là 0912345678", -1, "vi", NULL);

  g_assert_cmpint (nc_report_get_max_severity (plain), ==, NC_SEVERITY_BLOCK);
  g_assert_cmpint (nc_report_get_max_severity (quoted), ==, NC_SEVERITY_WARN);
  g_assert_cmpint (nc_report_get_max_severity (shop), ==, NC_SEVERITY_INFO);
  g_assert_cmpint (nc_report_get_max_severity (self), ==, NC_SEVERITY_BLOCK);
}

static void
test_bad_input (void)
{
  g_autoptr(GError) error = NULL;
  NcReport *report = nc_checker_check (checker, "ngu \xff\xfe", -1, NULL, &error);
  g_autofree char *big = NULL;
  g_autoptr(NcReport) r2 = NULL;
  g_autoptr(NcReport) r3 = NULL;
  gsize n;

  g_assert_null (report);
  g_assert_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_INPUT);
  g_clear_error (&error);

  report = nc_checker_check (checker, "ngu\0ngu", 7, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_INPUT);

  r2 = nc_checker_check (checker, "", 0, NULL, NULL);
  nc_report_get_findings (r2, &n);
  g_assert_cmpuint (n, ==, 0);

  /* a megabyte of insults: bounded work, still findings */
  big = g_strnfill (1 << 20, 'a');
  for (gsize i = 0; i + 4 < (1 << 20); i += 4)
    memcpy (big + i, "ngu ", 4);
  r3 = nc_checker_check (checker, big, -1, "vi", NULL);
  nc_report_get_findings (r3, &n);
  g_assert_cmpuint (n, >, 0);
}

/* Findings come in text order, whatever order the detectors find them
 * in: here the personal data (found last) comes first in the text. */
static void
test_findings_in_order (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(NcReport) report = NULL;
  const NcFinding *f;
  gsize n, n_phone = 0, n_insult = 0;

  for (int i = 0; i < 40; i++)
    g_string_append_printf (text, "gọi 09123456%02d nhé. ", i);
  for (int i = 0; i < 40; i++)
    g_string_append (text, "đồ ngu. ");
  report = nc_checker_check (checker, text->str, -1, "vi", NULL);
  f = nc_report_get_findings (report, &n);
  for (gsize i = 0; i < n; i++)
    {
      n_phone += f[i].category == NC_CATEGORY_PERSONAL_DATA;
      n_insult += f[i].category == NC_CATEGORY_INSULT;
      if (i > 0)
        g_assert_true (f[i - 1].cp_start < f[i].cp_start ||
                       (f[i - 1].cp_start == f[i].cp_start && f[i - 1].category <= f[i].category));
    }
  g_assert_cmpuint (n_phone, ==, 40);
  g_assert_cmpuint (n_insult, ==, 40);
  g_assert_cmpint (f[0].category, ==, NC_CATEGORY_PERSONAL_DATA);
  g_assert_cmpint (f[n - 1].category, ==, NC_CATEGORY_INSULT);
}

static gpointer
thread_cb (gpointer data)
{
  for (int i = 0; i < 200; i++)
    {
      g_autoptr(NcReport) r = nc_checker_check (checker, "Mày là đồ ngu, số mình 0912345678", -1, NULL, NULL);
      gsize n;

      nc_report_get_findings (r, &n);
      if (n < 2)
        return GINT_TO_POINTER (1);
    }
  return NULL;
}

static void
test_threads (void)
{
  GThread *a = g_thread_new ("a", thread_cb, NULL);
  GThread *b = g_thread_new ("b", thread_cb, NULL);

  g_assert_null (g_thread_join (a));
  g_assert_null (g_thread_join (b));
}

/* GNU gettext's catalogue counter: bumped to drop cached lookups, as
 * src/ui/nc-language.c does on a switch. */
extern int _nl_msg_cat_cntr;

static void
use_language (const char *code)
{
  g_setenv ("LANGUAGE", code, TRUE);
  ++_nl_msg_cat_cntr;
}

static gpointer
read_findings_cb (gpointer data)
{
  gsize n;
  const NcFinding *f = nc_report_get_findings (data, &n);

  return n > 0 ? (gpointer) f[0].explanation : NULL;
}

/* Explanations are translated when the findings are first read, in the
 * language of that moment, and stay as they are afterwards, also when two
 * threads read a report at once. */
static void
test_explanations_language (void)
{
  static const char *insult =
    "These words can hurt or insult someone. The Code asks us not to use offensive language.";
  g_autoptr(NcReport) r = NULL;
  g_autoptr(NcReport) shared = NULL;
  const NcFinding *f;
  const char *vi;
  GThread *a, *b;
  gsize n;

  if (!nc_test_use_build_catalogs ())
    return;
  use_language ("C");
  r = nc_checker_check (checker, "đồ ngu", -1, "vi", NULL);
  use_language ("vi");
  f = nc_report_get_findings (r, &n);
  g_assert_cmpuint (n, ==, 1);
  vi = f[0].explanation;
  g_assert_cmpstr (vi, ==, g_dgettext (GETTEXT_PACKAGE, insult));
  g_assert_cmpstr (vi, !=, insult);

  use_language ("C");
  f = nc_report_get_findings (r, &n);
  g_assert_true (f[0].explanation == vi);

  shared = nc_checker_check (checker, "đồ ngu", -1, "vi", NULL);
  a = g_thread_new ("a", read_findings_cb, shared);
  b = g_thread_new ("b", read_findings_cb, shared);
  g_assert_cmpstr (g_thread_join (a), ==, insult);
  g_assert_cmpstr (g_thread_join (b), ==, insult);
}

/* The kinder wording a finding carries fits its kind (eleventh round,
 * s11-say): exclusion and ignoring someone, looks and ways of speaking
 * (a mocked stutter too), a group put down (the hate category's own), and
 * a threat that keeps "calm"; in English and, translated, in Vietnamese. */
static void
test_suggestion_by_kind (void)
{
  static const char *include =
    "Leave no one out. If something is wrong, talk to them yourself, kindly.";
  static const char *looks =
    "Don’t comment on how someone looks, speaks or moves; everyone is different.";
  static const char *group =
    "Talk about what someone did, not about the group they belong to.";
  static const char *calm = "“I’m upset about this; let’s talk about it calmly.”";
  static const struct {
    const char *text, *lang;
    NcCategory  category;
    const char *const *suggestion;
  } kinds[] = {
    { "don't let her sit with us", "en", NC_CATEGORY_INSULT, &include },
    { "you can't sit with us", "en", NC_CATEGORY_INSULT, &include },
    { "nobody likes you", "en", NC_CATEGORY_INSULT, &include },
    { "cả lớp bơ nó luôn đi", "vi", NC_CATEGORY_INSULT, &include },
    { "cả lớp đừng ai nói chuyện với nó", "vi", NC_CATEGORY_INSULT, &include },
    { "không ai chơi với mày", "vi", NC_CATEGORY_INSULT, &include },
    { "look at his nose, it's so huge", "en", NC_CATEGORY_INSULT, &looks },
    { "you're so fat", "en", NC_CATEGORY_INSULT, &looks },
    { "w-w-what did you s-s-say", "en", NC_CATEGORY_INSULT, &looks },
    { "mày béo quá", "vi", NC_CATEGORY_INSULT, &looks },
    { "đồ răng hô", "vi", NC_CATEGORY_INSULT, &looks },
    { "con gái mà học kỹ thuật làm gì", "vi", NC_CATEGORY_HATE, &group },
    { "dân Thanh Hoá đứa nào cũng ăn trộm", "vi", NC_CATEGORY_HATE, &group },
    { "i'm gonna push you", "en", NC_CATEGORY_VIOLENCE, &calm },
  };
  gboolean translated = nc_test_use_build_catalogs ();

  for (gsize i = 0; i < G_N_ELEMENTS (kinds); i++)
    for (int vi = 0; vi <= (translated ? 1 : 0); vi++)
      {
        const char *msgid = *kinds[i].suggestion;
        const char *want;
        g_autoptr(NcReport) r = NULL;
        const NcFinding *f;
        gsize n, found = 0;

        use_language (vi ? "vi" : "C");
        want = vi ? g_dgettext (GETTEXT_PACKAGE, msgid) : msgid;
        r = nc_checker_check (checker, kinds[i].text, -1, kinds[i].lang, NULL);
        f = nc_report_get_findings (r, &n);
        if (vi)
          g_assert_cmpstr (want, !=, msgid);
        for (gsize j = 0; j < n; j++)
          if (f[j].category == kinds[i].category)
            {
              g_assert_cmpstr (f[j].suggestion, ==, want);
              found++;
            }
        if (found == 0)
          g_error ("no %s finding in '%s'", nc_category_to_string (kinds[i].category), kinds[i].text);
      }
  use_language ("C");
}

/* A swear word is explained as crude language, whatever it is meant to
 * say ("hay vl" praises); a put-down keeps the insult's explanation;
 * someone's data sent round, a name taken to trick, private pictures
 * asked for, a rumour passed on, someone told to hurt themselves are
 * explained as what they do, not as words. */
static void
test_swear_explanation (void)
{
  static const char swear[] =
    "This is a swear word, even when it only means “wow”. The Code asks us not to use crude language.";
  static const char insult[] =
    "These words can hurt or insult someone. The Code asks us not to use offensive language.";
  static const struct {
    const char *text, *lang, *explanation;
  } kinds[] = {
    { "phim này hay vl", "vi", swear },
    { "ko hiểu clg luôn", "vi", swear },
    { "wtf is this homework", "en", swear },
    { "đồ ngu", "vi", insult },
    { "you're an idiot", "en", insult },
    { "post her address in the group chat so everyone can visit lol", "en",
      "This shares someone else’s private information, or sends it round to shame them. "
      "The Code asks us to take care with other people’s information." },
    { "lập acc giả giả làm con gái nhắn tin lừa thằng Đức", "vi",
      "This sounds like pretending to be someone else to trick or shame them. "
      "The Code asks us not to impersonate or humiliate anyone." },
    { "gửi ảnh nóng cho anh xem đi", "vi",
      "Asking for private pictures, or threatening to share someone’s messages or photos, harms them "
      "and can break the law. The Code asks us to respect the law and keep one another safe." },
    { "everyone report her account so it gets banned lol", "en",
      "This gets a crowd to report someone’s account so that it is banned. The Code asks children "
      "not to join in attacking or humiliating other children." },
    { "con Thảo cặp với thầy nên mới được điểm cao đấy", "vi",
      "This passes on talk about someone’s love life or private life. The Code asks us not to post "
      "what offends other people’s honour and dignity, or what is not true." },
    { "just kys already", "en",
      "This tells someone to die or to hurt themselves. Words like these can put a life at risk, even "
      "as a joke. The Code asks us not to incite violence." },
    { "sao may khong nhay lau luon di", "vi",
      "This tells someone to die or to hurt themselves. Words like these can put a life at risk, even "
      "as a joke. The Code asks us not to incite violence." },
  };
  gboolean translated = nc_test_use_build_catalogs ();

  for (gsize i = 0; i < G_N_ELEMENTS (kinds); i++)
    for (int vi = 0; vi <= (translated ? 1 : 0); vi++)
      {
        const char *msgid = kinds[i].explanation;
        g_autoptr(NcReport) r = NULL;
        const NcFinding *f;
        gsize n;

        use_language (vi ? "vi" : "C");
        r = nc_checker_check (checker, kinds[i].text, -1, kinds[i].lang, NULL);
        f = nc_report_get_findings (r, &n);
        if (n == 0)
          g_error ("no finding in '%s'", kinds[i].text);
        g_assert_cmpstr (f[0].explanation, ==, vi ? g_dgettext (GETTEXT_PACKAGE, msgid) : msgid);
        if (vi)
          g_assert_cmpstr (f[0].explanation, !=, msgid);
      }
  use_language ("C");
}

/* Whether the report on @text has a finding of @category. */
static gboolean
has_finding (const char *text, NcCategory category)
{
  g_autoptr(NcReport) r = nc_checker_check (checker, text, -1, "vi", NULL);
  const NcFinding *f;
  gsize n;

  f = nc_report_get_findings (r, &n);
  for (gsize i = 0; i < n; i++)
    if (f[i].category == category)
      return TRUE;
  return FALSE;
}

/* A rumour of someone's private life is not asked for a source: its own
 * explanation says it may not be true; a rumour of a day off keeps the
 * fake-news reminder. */
static void
test_rumour_not_sourced (void)
{
  g_assert_false (has_finding ("nghe đồn con Thảo cặp với thầy nên mới được điểm cao đấy",
                               NC_CATEGORY_FAKE_NEWS));
  g_assert_true (has_finding ("nghe đồn con Thảo cặp với thầy nên mới được điểm cao đấy",
                              NC_CATEGORY_INSULT));
  g_assert_true (has_finding ("nghe đồn mai được nghỉ học vì bão", NC_CATEGORY_FAKE_NEWS));
}

/* Findings gathered from the model alone (see model_add_cb). */
typedef struct {
  guint   n_spans, n_whole;
  GString *marked;
} ModelFindings;

static void
model_add_cb (NcFindings *findings, const NcNormText *nt, NcCategory category, NcSeverity severity,
              guint32 cp_start, guint32 cp_end, NcEvidence evidence,
              const char *explanation, const char *suggestion)
{
  ModelFindings *mf = (ModelFindings *) (void *) findings;

  if (cp_start == cp_end)
    {
      g_assert_cmpint (evidence, ==, NC_EVIDENCE_MODEL);
      g_assert_nonnull (explanation);
      mf->n_whole++;
      return;
    }
  g_assert_cmpint (evidence, ==, NC_EVIDENCE_NGRAM);
  mf->n_spans++;
  for (guint32 i = cp_start; i < cp_end; i++)
    g_string_append_unichar (mf->marked, nt->cps[i]);
  g_string_append_c (mf->marked, ' ');
}

/* A model file (@magic "NCM2" or "NCM3"): 2 buckets of @weight each
 * (every feature weighs the same), a @bias, and thresholds @threshold
 * (comment), @span_threshold and 0.9 (whole draft). */
static NcOffenceModel *
synthetic_model_magic (const char *magic, float bias, float weight, float threshold, float span_threshold)
{
  guint8 buf[24 + 8];
  guint32 n = GUINT32_TO_LE (2);
  float head[4] = { bias, threshold, span_threshold, 0.9f };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  NcOffenceModel *model;

  memcpy (buf, magic, 4);
  memcpy (buf + 4, &n, 4);
  memcpy (buf + 8, head, sizeof head);
  memcpy (buf + 24, &weight, 4);
  memcpy (buf + 28, &weight, 4);
  bytes = g_bytes_new (buf, sizeof buf);
  model = nc_offence_model_new (bytes, &error);
  g_assert_no_error (error);
  return model;
}

/* The same as "NCM2": every word weighs the same, @bias puts every
 * draft's score near 1 (or not) */
static NcOffenceModel *
synthetic_model_with (float bias, float weight, float threshold, float span_threshold)
{
  return synthetic_model_magic ("NCM2", bias, weight, threshold, span_threshold);
}

static NcOffenceModel *
synthetic_model (float bias, float weight)
{
  return synthetic_model_with (bias, weight, 0.5f, 1.0f);
}

static void
run_model (NcOffenceModel *model, const char *text, ModelFindings *mf)
{
  NcNormText *nt = nc_normalizer_run (nc_checker_get_normalizer (checker), text, strlen (text), TRUE);
  guint n_spans;
  gboolean sentence;
  double p;

  mf->n_spans = mf->n_whole = 0;
  g_string_truncate (mf->marked, 0);
  p = nc_offence_model_check (model, nt, NULL, TRUE, (NcFindings *) (void *) mf, model_add_cb, &n_spans, &sentence,
                              NULL, NULL, NULL, NULL);
  g_assert_cmpfloat (p, >, 0.99);
  g_assert_cmpuint (n_spans, ==, mf->n_spans);
  g_assert_true (sentence == (mf->n_whole > 0));
  nc_norm_text_free (nt);
}

/* A high score alone marks no word: words with small positive weights
 * (the way everyday words were once marked one by one) give one finding
 * about the whole draft and no span; strong words are marked, but never a
 * common word of the language. */
static void
test_model_score_alone_marks_nothing (void)
{
  const char *text = "Cuối tuần này cả nhà mình về quê thăm ông bà nội";
  NcOffenceModel *weak = synthetic_model (20.0f, 0.1f);
  NcOffenceModel *strong = synthetic_model (0.0f, 3.0f);
  ModelFindings mf = { 0, 0, g_string_new (NULL) };
  NcNormText *nt;

  run_model (weak, text, &mf);
  g_assert_cmpuint (mf.n_spans, ==, 0);
  g_assert_cmpuint (mf.n_whole, ==, 1);

  /* every word strong, none common yet: all marked */
  run_model (strong, "mẹ quê xyzw", &mf);
  g_assert_cmpuint (mf.n_spans, ==, 3);
  /* "mẹ" and "quê" made common (typed and folded): only "xyzw" */
  nt = nc_normalizer_run (nc_checker_get_normalizer (checker), "mẹ", strlen ("mẹ"), FALSE);
  nc_offence_model_add_common (strong, nt);
  nc_norm_text_free (nt);
  nt = nc_normalizer_run (nc_checker_get_normalizer (checker), "quê", strlen ("quê"), FALSE);
  nc_offence_model_add_common (strong, nt);
  nc_norm_text_free (nt);
  nc_offence_model_commons_done (strong);
  run_model (strong, "mẹ quê xyzw", &mf);
  g_assert_cmpstr (mf.marked->str, ==, "xyzw ");
  run_model (strong, "me que xyzw", &mf);
  g_assert_cmpstr (mf.marked->str, ==, "xyzw ");
  /* nothing but common words: no span, and the whole draft instead */
  run_model (strong, "mẹ quê", &mf);
  g_assert_cmpuint (mf.n_spans, ==, 0);
  g_assert_cmpuint (mf.n_whole, ==, 1);

  g_string_free (mf.marked, TRUE);
  nc_offence_model_free (weak);
  nc_offence_model_free (strong);
}

static double
model_score (NcOffenceModel *model, const char *text)
{
  NcNormText *nt = nc_normalizer_run (nc_checker_get_normalizer (checker), text, strlen (text), TRUE);
  ModelFindings mf = { 0, 0, g_string_new (NULL) };
  guint n_spans;
  gboolean sentence;
  double p = nc_offence_model_check (model, nt, NULL, FALSE, (NcFindings *) (void *) &mf, model_add_cb,
                                     &n_spans, &sentence, NULL, NULL, NULL, NULL);

  g_string_free (mf.marked, TRUE);
  nc_norm_text_free (nt);
  return p;
}

/* An "NCM3" model has more features than an "NCM2" one with the same
 * weights: one more for each word of a draft typed without marks, and
 * those of the draft as a whole (its length; typed without marks, and
 * both). Every feature weighing 1, "xyzw" (its typed and folded forms,
 * 4 trigrams of "<xyzw>") scores bias + 6 as NCM2, bias + 6 + 1 + 3 as
 * NCM3 without marks, and "xyzư" with its mark bias + 6 + 1. */
static void
test_model_toneless_features (void)
{
  NcOffenceModel *ncm2 = synthetic_model_magic ("NCM2", -8.5f, 1.0f, 2.0f, 100.0f);
  NcOffenceModel *ncm3 = synthetic_model_magic ("NCM3", -8.5f, 1.0f, 2.0f, 100.0f);
  double z2 = -8.5 + 6, z3 = -8.5 + 10, z3_marked = -8.5 + 7;

  g_assert_cmpfloat_with_epsilon (model_score (ncm2, "xyzw"), 1 / (1 + exp (-z2)), 1e-4);
  g_assert_cmpfloat_with_epsilon (model_score (ncm3, "xyzw"), 1 / (1 + exp (-z3)), 1e-4);
  g_assert_cmpfloat_with_epsilon (model_score (ncm3, "xyzư"), 1 / (1 + exp (-z3_marked)), 1e-4);
  nc_offence_model_free (ncm2);
  nc_offence_model_free (ncm3);
}

/* A model file with 16-bit weights (@magic "NCM4" or "NCM5"): 2 buckets
 * of @q each, weighing @q * @scale, the rest as synthetic_model_magic();
 * at @offset bytes into a buffer of its own (not aligned when odd). */
static GBytes *
synthetic_i16_bytes (const char *magic, float bias, gint16 q, float scale, gsize offset)
{
  guint8 buf[1 + 32 + 4] = { 0 };
  guint8 *p = buf + offset;
  guint32 n = GUINT32_TO_LE (2);
  float head[5] = { bias, 2.0f, 100.0f, 0.9f, scale };
  guint16 le = GUINT16_TO_LE ((guint16) q);
  g_autoptr(GBytes) all = NULL;

  g_assert_cmpuint (offset, <=, 1);
  memcpy (p, magic, 4);
  memcpy (p + 4, &n, 4);
  memcpy (p + 8, head, sizeof head);   /* (bytes 28 to 31 stay zero) */
  memcpy (p + 32, &le, 2);
  memcpy (p + 34, &le, 2);
  all = g_bytes_new (buf, sizeof buf);
  return g_bytes_new_from_bytes (all, offset, 36);
}

/* "NCM4"/"NCM5" files hold the weights the checker computed at load from
 * the f32 ones of "NCM2"/"NCM3" (q = lrintf (w / scale), scale = max |w| /
 * 32767): the same model in both formats scores every draft the same, bit
 * for bit. The 16-bit weights are read in place when they are aligned
 * (little-endian host), else copied: the same scores. */
static void
test_model_16_bit_weights (void)
{
  const char *texts[] = { "xyzw", "xyzư", "mẹ quê xyzw", "thang nay ngu vl" };
  NcOffenceModel *ncm2 = synthetic_model_magic ("NCM2", -8.5f, 1.0f, 2.0f, 100.0f);
  NcOffenceModel *ncm3 = synthetic_model_magic ("NCM3", -8.5f, 1.0f, 2.0f, 100.0f);
  g_autoptr(GBytes) b4 = synthetic_i16_bytes ("NCM4", -8.5f, 32767, 1.0f / 32767.0f, 0);
  g_autoptr(GBytes) b5 = synthetic_i16_bytes ("NCM5", -8.5f, 32767, 1.0f / 32767.0f, 0);
  g_autoptr(GBytes) b5_odd = synthetic_i16_bytes ("NCM5", -8.5f, 32767, 1.0f / 32767.0f, 1);
  g_autoptr(GError) error = NULL;
  NcOffenceModel *ncm4, *ncm5, *ncm5_odd;

  ncm4 = nc_offence_model_new (b4, &error);
  g_assert_no_error (error);
  ncm5 = nc_offence_model_new (b5, &error);
  g_assert_no_error (error);
  ncm5_odd = nc_offence_model_new (b5_odd, &error);
  g_assert_no_error (error);
  g_assert_false (nc_offence_model_weights_in_place (ncm2));
  g_assert_true (nc_offence_model_weights_in_place (ncm4) == (G_BYTE_ORDER == G_LITTLE_ENDIAN));
  g_assert_false (nc_offence_model_weights_in_place (ncm5_odd));
  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_assert_cmpfloat (model_score (ncm4, texts[i]), ==, model_score (ncm2, texts[i]));
      g_assert_cmpfloat (model_score (ncm5, texts[i]), ==, model_score (ncm3, texts[i]));
      g_assert_cmpfloat (model_score (ncm5_odd, texts[i]), ==, model_score (ncm3, texts[i]));
    }
  /* and not the same as the other kind: "NCM5" has the toneless features */
  g_assert_cmpfloat (model_score (ncm5, "xyzw"), >, model_score (ncm4, "xyzw"));
  nc_offence_model_free (ncm2);
  nc_offence_model_free (ncm3);
  nc_offence_model_free (ncm4);
  nc_offence_model_free (ncm5);
  nc_offence_model_free (ncm5_odd);
}

/* The score of @text in @model as a logit (log (p / (1 - p))) */
static double
model_logit (NcOffenceModel *model, const char *text)
{
  double p = model_score (model, text);

  return log (p / (1 - p));
}

/* An "NCM6" model (nineteenth round) is an "NCM5" one that also reads
 * who is aimed at: each of the 3 words after a naming word ("mày", "m",
 * "tao", "thằng", "bạn"; "may" only in a draft typed without marks) in
 * the same clause weighs one feature more. Every feature weighing 1 (2
 * buckets), the two score the same but for those features. */
static void
test_model_role_features (void)
{
  struct { const char *text; int roles; } role_cases[] = {
    { "mày ngu", 1 },
    { "mày đúng là ngu quá", 3 },   /* (3 words at most) */
    { "tao ngu quá", 2 },           /* (the writer's own) */
    { "thằng Nam béo", 2 },
    { "ngu như mày", 0 },           /* (nothing after it) */
    { "mày. ngu thật", 0 },         /* (another sentence) */
    { "may ngu vl", 2 },            /* (no marks: "may" is "mày") */
    { "máy ngu vl", 0 },            /* ("máy", the machine) */
    { "con ngu", 0 },               /* ("con": a child to a parent too) */
  };
  g_autoptr(GBytes) b5 = synthetic_i16_bytes ("NCM5", -30.0f, 32767, 1.0f / 32767.0f, 0);
  g_autoptr(GBytes) b6 = synthetic_i16_bytes ("NCM6", -30.0f, 32767, 1.0f / 32767.0f, 0);
  g_autoptr(GError) error = NULL;
  NcOffenceModel *ncm5 = nc_offence_model_new (b5, &error);
  NcOffenceModel *ncm6;

  g_assert_no_error (error);
  ncm6 = nc_offence_model_new (b6, &error);
  g_assert_no_error (error);
  for (gsize i = 0; i < G_N_ELEMENTS (role_cases); i++)
    {
      double d = model_logit (ncm6, role_cases[i].text) - model_logit (ncm5, role_cases[i].text);

      if (fabs (d - role_cases[i].roles) > 1e-3)
        g_error ("\"%s\": %g role features, %d expected", role_cases[i].text, d, role_cases[i].roles);
    }
  nc_offence_model_free (ncm5);
  nc_offence_model_free (ncm6);
}

/* An "NCM7" model (twentieth round) is an "NCM4" one (English) that
 * reads who is aimed at with English naming words ("you", "ur", "he",
 * "go", "nobody", "if", "i'll"), each word after one in the same clause,
 * up to the file's role scope (byte 28), weighing one feature more;
 * byte 30 leaves roles out (bit 0: the one spoken to). */
static void
test_model_en_role_features (void)
{
  struct { const char *text; int roles, scope1, no_you; } role_cases[] = {
    { "you are so mean", 3, 1, 0 },
    { "ur mom is fat", 3, 1, 0 },       /* ("ur mom" read under "ur") */
    { "she is so fake", 3, 1, 3 },
    { "go cry", 1, 1, 1 },
    { "nobody likes you", 1, 1, 2 },    /* ("you" names: no feature) */
    { "if you tell", 1, 1, 2 },
    { "i'll get you", 1, 1, 2 },        /* ("i'll" normalized "il") */
    { "mean you are", 1, 1, 0 },
    { "you. mean", 0, 0, 0 },           /* (another sentence) */
    { "yours is nice", 0, 0, 0 },       /* (not a naming word) */
  };
  g_autoptr(GBytes) b4 = synthetic_i16_bytes ("NCM4", -30.0f, 32767, 1.0f / 32767.0f, 0);
  g_autoptr(GBytes) b7 = synthetic_i16_bytes ("NCM7", -30.0f, 32767, 1.0f / 32767.0f, 0);
  g_autoptr(GError) error = NULL;
  NcOffenceModel *ncm4 = nc_offence_model_new (b4, &error);
  NcOffenceModel *ncm7[3];

  g_assert_no_error (error);
  for (guint k = 0; k < 3; k++)
    {
      g_autofree guint8 *buf = g_memdup2 (g_bytes_get_data (b7, NULL), 36);
      g_autoptr(GBytes) b = NULL;

      buf[28] = k == 1 ? 1 : 3;   /* the role scope */
      buf[30] = k == 2 ? 1 : 0;   /* roles left out: "you" and its kin */
      b = g_bytes_new (buf, 36);
      ncm7[k] = nc_offence_model_new (b, &error);
      g_assert_no_error (error);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (role_cases); i++)
    {
      int want[3] = { role_cases[i].roles, role_cases[i].scope1, role_cases[i].no_you };

      for (guint k = 0; k < 3; k++)
        {
          double d = model_logit (ncm7[k], role_cases[i].text) - model_logit (ncm4, role_cases[i].text);

          if (fabs (d - want[k]) > 1e-3)
            g_error ("\"%s\" (variant %u): %g role features, %d expected", role_cases[i].text, k, d, want[k]);
        }
    }
  nc_offence_model_free (ncm4);
  for (guint k = 0; k < 3; k++)
    nc_offence_model_free (ncm7[k]);
}

/* The shipped model files are "NCM4" to "NCM7", read in place from the
 * GResource (aligned) on a little-endian host. */
static void
test_model_files_read_in_place (void)
{
  const char *names[] = { "vi-model.bin", "en-model.bin", "vi-spans.bin" };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_strconcat ("/io/github/netconduct/NetConduct/lexicon/", names[i], NULL);
      g_autoptr(GBytes) data = g_resources_lookup_data (path, 0, NULL);
      g_autoptr(GError) error = NULL;
      NcOffenceModel *model;
      const char *p;

      g_assert_nonnull (data);
      p = g_bytes_get_data (data, NULL);
      g_assert_true (memcmp (p, "NCM4", 4) == 0 || memcmp (p, "NCM5", 4) == 0 ||
                     memcmp (p, "NCM6", 4) == 0 || memcmp (p, "NCM7", 4) == 0);
      model = nc_offence_model_new (data, &error);
      g_assert_no_error (error);
      if (G_BYTE_ORDER == G_LITTLE_ENDIAN)
        g_assert_true (nc_offence_model_weights_in_place (model));
      nc_offence_model_free (model);
    }
}

/* (s21-speed) The children's model scored from the words the first
 * model found (nc_offence_model_score_kept()) gives the score it gives
 * reading the draft itself, bit for bit: its own role features, toneless
 * features and common words (a copy with fewer common words too); and
 * falls back to reading the draft when the words are another draft's or
 * the draft was too long to keep them. */
static void
test_model_kept_features (void)
{
  static const char * const commons[] = { "vi-common.txt", "vi-nospan.txt", NULL };
  static const char * const fewer[] = { "vi-common.txt", NULL };
  const char *drafts[] = {
    "mày ngu quá, thằng kia cũng vậy. tao ko chơi với nó nữa đâu 😡",
    "may ngu qua thang kia cung vay, tao ko choi voi no nua",
    "hôm nay trời đẹp, cả lớp mình đi dã ngoại ở công viên",
    "bạn ơi | cậu học giỏi ghê, mình phục cậu luôn á",
    "đm mày", "nó", "xyzw ưư ơ",
  };
  NcNormalizer *normalizer = nc_checker_get_normalizer (checker);
  NcOffenceModel *model = NULL, *kid = NULL, *kid_fewer = NULL, *tagger = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_draft = g_string_new (NULL);
  NcModelKept *kept = g_new0 (NcModelKept, 1);
  gsize n_tags;
  ModelFindings mf = { 0, 0, g_string_new (NULL) };

  g_assert_true (nc_checker_lexicon_load_model (normalizer, "vi-model.bin", commons, &model, &error));
  g_assert_true (nc_checker_lexicon_load_model (normalizer, "vi-kid-model.bin", commons, &kid, &error));
  g_assert_true (nc_checker_lexicon_load_model (normalizer, "vi-kid-model.bin", fewer, &kid_fewer, &error));
  g_assert_true (nc_checker_lexicon_load_model (normalizer, "vi-spans.bin", commons, &tagger, &error));
  g_assert_no_error (error);
  while (long_draft->len < 3000)
    g_string_append (long_draft, "mày ngu quá thằng kia ");

  for (gsize i = 0; i <= G_N_ELEMENTS (drafts); i++)
    {
      const char *text = i < G_N_ELEMENTS (drafts) ? drafts[i] : long_draft->str;
      NcNormText *nt = nc_normalizer_run (normalizer, text, strlen (text), TRUE);
      g_autofree guint8 *allowed = g_new0 (guint8, nt->n_chars + 1);
      g_autofree NcTaggedWord *tags = g_new (NcTaggedWord, (nt->n_chars + 1) / 2 + 1);
      guint n_spans;
      gboolean sentence, from_kept;

      for (int with_tagger = 0; with_tagger < 2; with_tagger++)
        for (int allow = 0; allow < 2; allow++)
          {
            double p;

            /* (the second word left out, as an allow-phrase does) */
            if (allow)
              {
                for (gsize c = 0, words = 0; c < nt->n_chars && words < 2; c++)
                  {
                    if (nt->chars[c].folded == NC_NORM_SPACE || nt->chars[c].folded == NC_NORM_STOP)
                      words++;
                    else if (words == 1)
                      allowed[c] = 1;
                  }
              }
            nc_offence_model_check (model, nt, allow ? allowed : NULL, TRUE, (NcFindings *) (void *) &mf,
                                    model_add_cb, &n_spans, &sentence, with_tagger ? tagger : NULL,
                                         tags, &n_tags, kept);
            p = nc_offence_model_score_kept (kid, nt, allow ? allowed : NULL, kept, &from_kept);
            g_assert_true (p == nc_offence_model_score (kid, nt, allow ? allowed : NULL));
            /* (kept for a draft of up to NC_MODEL_KEPT_WORDS words) */
            g_assert_true (from_kept == (i < G_N_ELEMENTS (drafts)));
            g_assert_true (from_kept == ((nt->n_chars + 1) / 2 <= NC_MODEL_KEPT_WORDS));
            p = nc_offence_model_score_kept (kid_fewer, nt, allow ? allowed : NULL, kept, &from_kept);
            g_assert_true (from_kept == (i < G_N_ELEMENTS (drafts)));
            g_assert_true (p == nc_offence_model_score (kid_fewer, nt, allow ? allowed : NULL));
          }
      /* the features of another draft are not this one's */
      if (i > 0 && i < G_N_ELEMENTS (drafts))
        {
          NcNormText *other = nc_normalizer_run (normalizer, drafts[i - 1], strlen (drafts[i - 1]), TRUE);
          gboolean from_other;
          double p = nc_offence_model_score_kept (kid, other, NULL, kept, &from_other);

          g_assert_false (from_other);
          g_assert_true (p == nc_offence_model_score (kid, other, NULL));
          nc_norm_text_free (other);
        }
      nc_norm_text_free (nt);
    }
  g_string_free (mf.marked, TRUE);
  g_free (kept);
  nc_offence_model_free (model);
  nc_offence_model_free (kid);
  nc_offence_model_free (kid_fewer);
  nc_offence_model_free (tagger);
}

/* (s21-speed) The entries whose words are no key of vi-tone.txt are
 * turned away by a flag set at load (EntryPattern.tone_absent): drafts
 * typed without marks get the same report from a checker that asks the
 * table about every entry (the fallback), and the flag is set for some
 * entries only ("do dien", "thang ngu", "con cho nay" are read by the
 * table: a flag set on them drops their warnings). */
static void assert_warned_span (const char *text, const char *lang, NcCategory category,
                                const char *want_span, NcEvidence want_evidence);

static void
test_tone_absent_r21 (void)
{
  const char *drafts[] = {
    "tui thay no la do dien", "thang ngu", "toi di ngu day", "may la con cho",
    "hom nay di hoc ve met qua", "con cho nay can nguoi", "hom qua no goi t la do dien",
    "ban nay hoc gioi ma tinh cach hoi kho chiu", "di choi ko, t bao", "m beo nhu con heo",
    "thang kia oc cho that su", "con nay xau nhu ma", "nhin mat m nhu cai l",
  };
  g_autoptr(NcChecker) asked = nc_checker_new (NULL);
  guint n_absent = nc_checker_clear_tone_absent (asked);

  g_assert_cmpuint (n_absent, >, 0);
  g_assert_cmpuint (nc_checker_clear_tone_absent (asked), ==, 0);
  for (gsize i = 0; i < G_N_ELEMENTS (drafts); i++)
    {
      g_autoptr(NcReport) a = nc_checker_check (checker, drafts[i], -1, NULL, NULL);
      g_autoptr(NcReport) b = nc_checker_check (asked, drafts[i], -1, NULL, NULL);
      g_autofree char *ja = nc_report_to_json (a, NC_REPORT_OFFSETS_CODE_POINTS);
      g_autofree char *jb = nc_report_to_json (b, NC_REPORT_OFFSETS_CODE_POINTS);

      g_test_message ("%s", drafts[i]);
      g_assert_cmpstr (ja, ==, jb);
    }
  assert_warned_span ("tui thay no la do dien", NULL, NC_CATEGORY_INSULT, "do dien", NC_EVIDENCE_LEXICON);
  assert_warned_span ("con cho nay can nguoi", NULL, NC_CATEGORY_INSULT, "con cho nay", NC_EVIDENCE_LEXICON);
  assert_warned_span ("toi di ngu day", NULL, NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON);
}

/* A broken model file is refused with an error that says what is wrong. */
static void
test_model_malformed (void)
{
  g_autoptr(GBytes) good = synthetic_i16_bytes ("NCM4", 0.0f, 1, 1.0f, 0);
  const guint8 *g = g_bytes_get_data (good, NULL);
  struct {
    const char *what;
    gsize       len;      /* bytes of the good file kept (more: zeros after) */
    gsize       at;       /* and one byte changed, at @at (0: none) */
    guint8      byte;
    const char *message;  /* in the error */
  } broken[] = {
    { "empty", 0, 0, 0, "not \"NCM2\" to \"NCM7\"" },
    { "bad magic", 36, 3, '8', "not \"NCM2\" to \"NCM7\"" },
    { "not a model", 36, 1, 'X', "not \"NCM2\" to \"NCM7\"" },
    { "NCM7 without a role scope", 36, 3, '7', "role scope" },
    { "truncated header", 20, 0, 0, "shorter than its header" },
    { "3 buckets", 36, 4, 3, "not a power of two" },
    { "no bucket", 36, 4, 0, "not a power of two" },
    { "truncated weights", 35, 0, 0, "expected for 2 buckets" },
    { "a byte too many", 37, 0, 0, "expected for 2 buckets" },
    { "f32 magic, 16-bit weights", 36, 3, '2', "expected for 2 buckets" },
    { "scale 0", 36, 27, 0, "scale" },
    { "bytes 28 to 31", 36, 29, 1, "scale" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      guint8 buf[40] = { 0 };
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      memcpy (buf, g, MIN (broken[i].len, 36));
      if (broken[i].at != 0)
        buf[broken[i].at] = broken[i].byte;
      if (broken[i].at == 27)   /* the whole scale, not only its top byte */
        memset (buf + 24, 0, 4);
      bytes = g_bytes_new (buf, broken[i].len);
      g_test_message ("%s", broken[i].what);
      g_assert_null (nc_offence_model_new (bytes, &error));
      g_assert_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON);
      g_assert_nonnull (strstr (error->message, "malformed"));
      g_assert_nonnull (strstr (error->message, broken[i].message));
    }
}

/* The span tagger marks a word on its own only when it is not a common
 * word; a common word only beside a marked one. */
static void
test_span_tagger_marks (void)
{
  /* every bucket 1.0: a word scores bias + its own buckets + its pairs */
  NcOffenceModel *tagger = synthetic_model_with (-100.0f, 1.0f, 0.5f, 0.5f);
  NcNormalizer *norm = nc_checker_get_normalizer (checker);
  NcTaggedWord words[8];
  NcNormText *nt;

  nt = nc_normalizer_run (norm, "quê xyzw", strlen ("quê xyzw"), FALSE);
  g_assert_cmpuint (nc_offence_model_tag_words (tagger, nt, words), ==, 2);
  g_assert_cmpint (words[0].mark, ==, NC_TAG_NONE);   /* far below: bias -100 */
  nc_norm_text_free (nt);
  nc_offence_model_free (tagger);

  tagger = synthetic_model_with (0.0f, 1.0f, 0.5f, 0.5f);
  nt = nc_normalizer_run (norm, "quê", strlen ("quê"), FALSE);
  nc_offence_model_add_common (tagger, nt);
  nc_norm_text_free (nt);
  nc_offence_model_commons_done (tagger);
  nt = nc_normalizer_run (norm, "quê xyzw", strlen ("quê xyzw"), TRUE);
  g_assert_cmpuint (nc_offence_model_tag_words (tagger, nt, words), ==, 2);
  g_assert_cmpint (words[0].mark, ==, NC_TAG_BESIDE);   /* common: never alone */
  g_assert_cmpint (words[1].mark, ==, NC_TAG_ALONE);
  nc_norm_text_free (nt);
  nc_offence_model_free (tagger);
}

/* The real checker with the real tagger (vi-spans.bin): in a draft judged
 * offensive it draws the rest of the phrase ("liếm hậu m*n", where the
 * lexicon marks "liếm"), and a finding of its own says "span"; the same
 * words in everyday sentences are not marked at all. */
static void
test_span_tagger_checker (void)
{
  const char *unkind = "Cho liếm hậu m*n cái abe";
  const char *everyday[] = {
    "Ông bà mình sống lưu vong ở Pháp nhiều năm",
    "Cô giáo cho cả lớp xem phim về loài sâu bọ trong vườn",
    "Bé nhà mình hay nói dập dá, nghe buồn cười lắm",
  };
  g_autoptr(NcChecker) plain = nc_checker_new (NULL);
  g_autoptr(NcReport) with = nc_checker_check (checker, unkind, -1, "vi", NULL);
  g_autoptr(NcReport) without = NULL;
  g_autoptr(NcReport) aimed = nc_checker_check (checker, "thằng ngu đó suốt ngày ăn cháo đá bát", -1, "vi", NULL);
  const NcFinding *f;
  gsize n;
  gboolean span = FALSE;

  g_assert_nonnull (plain);
  nc_checker_disable_span_tagger (plain);
  without = nc_checker_check (plain, unkind, -1, "vi", NULL);
  f = nc_report_get_findings (without, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (f[0].cp_end, ==, 8);    /* "liếm" */
  f = nc_report_get_findings (with, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (f[0].cp_start, ==, 4);
  g_assert_cmpuint (f[0].cp_end, >=, 12);   /* "liếm hậu" at least */

  f = nc_report_get_findings (aimed, &n);
  for (gsize i = 0; i < n; i++)
    if (f[i].evidence == NC_EVIDENCE_SPAN)
      {
        span = TRUE;
        g_assert_cmpint (f[i].severity, ==, NC_SEVERITY_INFO);
      }
  g_assert_true (span);
  g_assert_cmpstr (nc_evidence_to_string (NC_EVIDENCE_SPAN), ==, "span");

  for (gsize k = 0; k < G_N_ELEMENTS (everyday); k++)
    {
      g_autoptr(NcReport) r = nc_checker_check (checker, everyday[k], -1, "vi", NULL);

      nc_report_get_findings (r, &n);
      g_assert_cmpuint (n, ==, 0);
    }
}

/* The real checker: a finding about the whole draft has an empty span;
 * every finding says what produced it. */
static void
test_evidence (void)
{
  g_autoptr(NcReport) lex = nc_checker_check (checker, "đồ ngu, số mình là 0912345678", -1, "vi", NULL);
  const NcFinding *f;
  gsize n;

  f = nc_report_get_findings (lex, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (f[0].evidence, ==, NC_EVIDENCE_LEXICON);
  g_assert_cmpint (f[1].evidence, ==, NC_EVIDENCE_PII);
  g_assert_cmpstr (nc_evidence_to_string (NC_EVIDENCE_MODEL), ==, "model");
  g_assert_cmpstr (nc_evidence_to_string (NC_EVIDENCE_NGRAM), ==, "ngram");
  g_assert_cmpstr (nc_evidence_to_string (NC_EVIDENCE_CONTEXT), ==, "context");
}

/* The text of the finding of @category in a check of @text, with its
 * evidence, or NULL when there is none at warn or above. */
static char *
warned_span (const char *text, const char *lang, NcCategory category, NcEvidence *evidence)
{
  g_autoptr(NcReport) report = nc_checker_check (checker, text, -1, lang, NULL);
  const NcFinding *f;
  gsize n;

  f = nc_report_get_findings (report, &n);
  for (gsize i = 0; i < n; i++)
    if (f[i].category == category && f[i].severity >= NC_SEVERITY_WARN)
      {
        *evidence = f[i].evidence;
        return g_strndup (text + f[i].byte_start, f[i].byte_end - f[i].byte_start);
      }
  return NULL;
}

/* Asserts the span of the @category warning on @text (NULL: none) and, if
 * there is one, its evidence. */
static void
assert_warned_span (const char *text, const char *lang, NcCategory category,
                    const char *want_span, NcEvidence want_evidence)
{
  NcEvidence evidence = NC_EVIDENCE_LEXICON;
  g_autofree char *span = warned_span (text, lang, category, &evidence);

  g_test_message ("%s", text);
  g_assert_cmpstr (span, ==, want_span);
  if (span != NULL)
    g_assert_cmpint (evidence, ==, want_evidence);
}

/* A draft, the category, span (NULL: no warning) and evidence
 * assert_warned_span() wants of it. */
typedef struct {
  const char *text;
  NcCategory  category;
  const char *span;
  NcEvidence  evidence;
} SpanCase;

/* assert_warned_span() on each of @n cases in @want, in language @lang. */
static void
assert_span_cases (const SpanCase *want, gsize n, const char *lang)
{
  for (gsize i = 0; i < n; i++)
    assert_warned_span (want[i].text, lang, want[i].category, want[i].span, want[i].evidence);
}

/* A put-down word that counts only when aimed at someone: with a target
 * at most two words before it (English: three), in the same sentence, the
 * finding spans both and says it comes from context; alone, negated or
 * after a full stop, nothing at warn. */
static void
test_aimed (void)
{
  static const struct {
    const char *text, *lang, *span;
  } aimed[] = {
    { "ur really chubby", "en", "ur really chubby" },
    { "honestly your face is so hideous", "en", "your face is so hideous" },
    { "nhìn mày là thấy kinh tởm", "vi", "mày là thấy kinh tởm" },
    { "tụi mày bẩn thỉu quá", "vi", "tụi mày bẩn thỉu" },
    { "lol ur glasses are so hairy", "en", "ur glasses are so hairy" },
    { "my cat is so fat", "en", NULL },
    { "you told me the old coat is really ugly", "en", NULL },
    { "this sweater is ugly but warm", "en", NULL },
    { "you're not fat at all", "en", NULL },
    { "thank you. fat cats sleep a lot", "en", NULL },
    { "you know the old house was very ugly", "en", NULL },
    { "con mèo nhà mình béo ú", "vi", NULL },
    { "trời hôm nay ghê quá", "vi", NULL },
    /* typed without marks: an aimed word that needs its marks counts right
     * after a "toneless" target ("tui may", "bon may"); not after "may"
     * ("máy"), nor with a word between, nor when its
     * toneless form is an everyday verb ("hoi": "hỏi") */
    /* (the span tagger takes in "the", "thế", and "rach", "rách") */
    { "tui may beo the", NULL, "tui may beo the" },
    { "bon may ngheo rach", NULL, "bon may ngheo rach" },
    { "tui may luoi qua", NULL, "tui may luoi" },
    { "may tinh nay xau qua", NULL, NULL },
    { "bon may ngheo qua nen khong di du lich duoc a", NULL, "bon may ngheo" },
    { "tui may hoi co giao di", NULL, NULL },
    { "tui may di xem lun cay cau nay", NULL, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (aimed); i++)
    assert_warned_span (aimed[i].text, aimed[i].lang, NC_CATEGORY_INSULT, aimed[i].span,
                        NC_EVIDENCE_CONTEXT);
}

/* "dumb", "stupid" and "ngu" said of an object beside them ("this dumb
 * printer", "cái máy tính này ngu quá") say nothing; aimed at someone,
 * even with an object in the sentence, they still warn, their span
 * holding the word. */
static void
test_said_of_things (void)
{
  static const struct {
    const char *text, *lang, *span;
  } said[] = {
    { "ugh this stupid printer jammed again", "en", NULL },
    { "my dumb old laptop crashed during the test", "en", NULL },
    { "this game is stupid, I lost all my coins", "en", NULL },
    { "can u fix this dumb printer for me", "en", NULL },
    { "stop posting those trash ass videos", "en", NULL },
    { "we adopted two pussy cats", "en", NULL },
    { "máy tính nhà mình ngu thật, bật mãi không lên", "vi", NULL },
    { "cái điện thoại cũ này ngu quá", "vi", NULL },
    { "dien thoai nay ngu qua", NULL, NULL },
    { "you're so dumb", "en", "dumb" },
    { "your dumb phone and your dumb face", "en", "dumb" },
    { "he's so stupid. the game was fine", "en", "stupid" },
    { "you trash ass player", "en", "trash ass" },
    { "mày ngu như cái máy", "vi", "ngu" },
    { "nó ngu lắm", "vi", "ngu" },
    /* "máy" needs its marks: "may" is also "mày" */
    { "may ngu qua", NULL, "ngu" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (said); i++)
    {
      NcEvidence evidence;
      g_autofree char *span = warned_span (said[i].text, said[i].lang, NC_CATEGORY_INSULT, &evidence);

      g_test_message ("%s", said[i].text);
      if (said[i].span == NULL)
        g_assert_null (span);
      else
        g_assert_nonnull (span != NULL ? strstr (span, said[i].span) : NULL);
    }
}

/* (s20-naming) An allow-phrase hides only its own words: a rule's match
 * it hides ("bạn Tú ngu như cái" of the likeness rule, under the praise
 * "như cái máy") no longer hides the entries it held ("ngu"); a lexicon
 * entry it hides still hides the shorter entries of the same phrase. And
 * no offensive finding marks a naming word alone ("mày", "thằng", "bọn",
 * "you"), nor naming words only ("bọn nó"), nor a common word the model
 * or a context word gave ("pig" as the whole draft): such a finding
 * joins the finding beside it, or gives way to one that warns at least as
 * much, or says the whole draft's wording (no span). */
static void
test_naming_never_alone (void)
{
  static const struct {
    const char *text, *lang, *span;   /* the first warning's span ("": the whole draft's) */
    NcEvidence evidence;
    NcCategory category;
  } naming_cases[] = {
    { "bạn Tú ngu như cái máy", "vi", "ngu", NC_EVIDENCE_LEXICON, NC_CATEGORY_INSULT },
    { "m ngu như cái máy ý", "vi", "m ngu", NC_EVIDENCE_LEXICON, NC_CATEGORY_INSULT },
    { "mày ăn nói cho cẩn thận", "vi", "", NC_EVIDENCE_MODEL, NC_CATEGORY_INSULT },
    { "thằng đấy bị làm sao ấy", "vi", "", NC_EVIDENCE_MODEL, NC_CATEGORY_INSULT },
    { "bọn mày cút hết đi", "vi", "bọn mày cút hết", NC_EVIDENCE_LEXICON, NC_CATEGORY_INSULT },
    { "tao thề là tao đánh mày", "vi", "tao đánh mày", NC_EVIDENCE_LEXICON, NC_CATEGORY_VIOLENCE },
    { "tụi mày đừng có mà láo", "vi", "láo", NC_EVIDENCE_LEXICON, NC_CATEGORY_INSULT },
    { "bọn nó toàn lũ vô học", "vi", "lũ vô học", NC_EVIDENCE_LEXICON, NC_CATEGORY_INSULT },
    { "thằng Nam hôi như con mèo con", "vi", "", NC_EVIDENCE_MODEL, NC_CATEGORY_INSULT },
    { "pig", "en", "", NC_EVIDENCE_CONTEXT, NC_CATEGORY_INSULT },
    { "fat asf lol, stop posting", "en", "stop posting", NC_EVIDENCE_CONTEXT, NC_CATEGORY_INSULT },
    { "ur so dumb", "en", "ur so dumb", NC_EVIDENCE_LEXICON, NC_CATEGORY_INSULT },
  };
  static const char * const naming[] = { "mày", "thằng", "bọn", "tụi", "tao", "nó", "lũ", "m", "you", "ur", NULL };

  for (gsize i = 0; i < G_N_ELEMENTS (naming_cases); i++)
    {
      g_autoptr(NcReport) report = nc_checker_check (checker, naming_cases[i].text, -1, naming_cases[i].lang, NULL);
      const NcFinding *f;
      gsize n;

      g_test_message ("%s", naming_cases[i].text);
      assert_warned_span (naming_cases[i].text, naming_cases[i].lang, naming_cases[i].category,
                          naming_cases[i].span, naming_cases[i].evidence);
      f = nc_report_get_findings (report, &n);
      for (gsize k = 0; k < n; k++)
        {
          g_autofree char *span = g_strndup (naming_cases[i].text + f[k].byte_start, f[k].byte_end - f[k].byte_start);

          if (f[k].category == NC_CATEGORY_INSULT || f[k].category == NC_CATEGORY_VIOLENCE)
            for (gsize w = 0; naming[w] != NULL; w++)
              if (g_str_equal (span, naming[w]) || g_str_equal (span, "bọn nó"))
                g_error ("“%s” marks “%s” alone", naming_cases[i].text, span);
        }
    }
}

/* A phrase mined from labelled comments (vi-mined.txt) counts only in a
 * draft that other evidence or the model judges offensive: its words are
 * everyday words too. */
static void
test_mined_needs_offence (void)
{
  static const char * const everyday[] = {
    "Nhớ uống nước nhiều vào nhé",
    "Áo con bị rách rồi mẹ ơi",
    "Năm nay là năm con giáp nào vậy",
    "Nhiều người bị lừa đảo qua mạng",
    "Bài học về đạo đức và lương tâm",
    "Bà ấy bị què chân sau tai nạn",
    "Trời xám xịt, sắp mưa rồi",
    "bọn nó đi đá bóng rồi, mai mới về",
    "bố bán rẻ con xe cũ cho chú Tư",
  };
  g_autoptr(NcReport) report = NULL;
  const NcFinding *f;
  gsize n;
  const char *draft = "thằng óc chó này bán nước";
  gboolean marked = FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (everyday); i++)
    assert_warned_span (everyday[i], "vi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON);

  /* beside an insult, the mined phrase is marked too */
  report = nc_checker_check (checker, draft, -1, "vi", NULL);
  f = nc_report_get_findings (report, &n);
  for (gsize i = 0; i < n; i++)
    if (f[i].severity >= NC_SEVERITY_WARN && f[i].evidence == NC_EVIDENCE_LEXICON &&
        f[i].byte_start <= strlen ("thằng óc chó này ") &&
        f[i].byte_end == strlen (draft))
      marked = TRUE;
  g_assert_true (marked);
}

/* An English phrase also matches as typed in chat ("you" as "u", "your"
 * and "you're" as "ur", "you are" as "u r"), with the same span rules. */
static void
test_chat_forms (void)
{
  static const struct {
    const char *text, *span;
    NcCategory category;
  } chat[] = {
    { "i will hurt u", "i will hurt u", NC_CATEGORY_VIOLENCE },
    { "omg ur so stupid", "ur so stupid", NC_CATEGORY_INSULT },
    { "u r so stupid", "u r so stupid", NC_CATEGORY_INSULT },
    { "go back where u came from", "go back where u came from", NC_CATEGORY_HATE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (chat); i++)
    {
      NcEvidence evidence;
      g_autofree char *span = warned_span (chat[i].text, "en", chat[i].category, &evidence);

      g_test_message ("%s", chat[i].text);
      g_assert_cmpstr (span, ==, chat[i].span);
      g_assert_cmpint (evidence, ==, NC_EVIDENCE_LEXICON);
    }
  /* (and harmless uses stay harmless: "ur" is no word of an insult) */
  {
    g_autoptr(NcReport) r = nc_checker_check (checker, "can u come to ur cousin's party", -1, "en", NULL);

    g_assert_cmpint (nc_report_get_max_severity (r), <, NC_SEVERITY_WARN);
  }
}

/* A user name ("@name") or a web address names no one and is no one's
 * words: an offensive word inside one is not matched; the same word
 * outside is. */
static void
test_handles_and_links (void)
{
  static const char * const quiet[] = {
    "RT @ShitPostDaily: the match starts at 8",
    "look at this http://t.co/HoELpcbBg6",
    "see www.hoesdown.example for the dance",
  };
  NcEvidence evidence;
  g_autofree char *loud = warned_span ("@anna you are a bitch", "en", NC_CATEGORY_INSULT, &evidence);

  for (gsize i = 0; i < G_N_ELEMENTS (quiet); i++)
    {
      g_autofree char *span = warned_span (quiet[i], "en", NC_CATEGORY_INSULT, &evidence);

      g_test_message ("%s", quiet[i]);
      g_assert_null (span);
    }
  g_assert_cmpstr (loud, ==, "bitch");
}

/* An English draft aimed at someone that no word or phrase flags may be
 * judged as a whole by the model: one finding without a span (evidence
 * "model"), no word marked alone. */
static void
test_aimed_whole_draft (void)
{
  g_autoptr(NcReport) aimed = nc_checker_check (checker, "ur dad left cuz of u", -1, "en", NULL);
  const NcFinding *f;
  gsize n;

  guint warned = 0;

  f = nc_report_get_findings (aimed, &n);
  for (gsize i = 0; i < n; i++)
    if (f[i].severity >= NC_SEVERITY_WARN)
      {
        g_assert_cmpint (f[i].evidence, ==, NC_EVIDENCE_MODEL);
        g_assert_cmpuint (f[i].byte_end, ==, f[i].byte_start);
        warned++;
      }
  g_assert_cmpuint (warned, ==, 1);
}

/* The English grammar of aimed unkindness (en-context.txt's lists and
 * rules: a word of each slot's list, in order, in one clause, with the
 * flags of the rule; an optional slot, a gap of one word or three):
 * an aimed phrase whose target follows it ("gonna push you"), spanning
 * both; name-calling as the whole draft; a put-down said of oneself is
 * lowered; each with its everyday look-alike. */
static void
test_en_grammar (void)
{
  static const SpanCase grammar[] = {
    { "i'm gonna push you off the swing", NC_CATEGORY_VIOLENCE, "i'm gonna push you", NC_EVIDENCE_CONTEXT },
    { "imma smash ur phone", NC_CATEGORY_VIOLENCE, "imma smash ur phone", NC_EVIDENCE_CONTEXT },
    { "i'll hit you up later", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i'm not gonna push you", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "gonna push the cart. you coming?", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "everyone is laughing at your pic", NC_CATEGORY_INSULT, "everyone is laughing at your pic", NC_EVIDENCE_CONTEXT },
    { "everyone is laughing at the clown", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (s17-enk: any new chat "without" someone is a rule of its own, lexicon) */
    { "we made a new gc without u lol", NC_CATEGORY_INSULT, "new gc without u", NC_EVIDENCE_LEXICON },
    { "we made a new gc for the trip", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ur nose is huge", NC_CATEGORY_INSULT, "ur nose is huge", NC_EVIDENCE_CONTEXT },
    { "the elephant's nose is huge", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* name-calling as the whole draft (its lexicon entry raised to warn), not inside a sentence */
    { "nerd", NC_CATEGORY_INSULT, "nerd", NC_EVIDENCE_LEXICON },
    { "you clown lol", NC_CATEGORY_INSULT, "clown", NC_EVIDENCE_LEXICON },
    { "go away", NC_CATEGORY_INSULT, "go away", NC_EVIDENCE_LEXICON },
    { "the rain won't go away", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "we saw a clown at the party", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* said of oneself */
    { "i'm such a crybaby", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you're such a crybaby", NC_CATEGORY_INSULT, "you're such a crybaby", NC_EVIDENCE_CONTEXT },
    { "I'm such an idiot, I left my lunch on the bus", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "im an idiot lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you're such an idiot", NC_CATEGORY_INSULT, "you're such an idiot", NC_EVIDENCE_LEXICON },
    { "i'm a better player than you, loser", NC_CATEGORY_INSULT, "loser", NC_EVIDENCE_LEXICON },
    /* the lexicon's rules ("@rule"): a word of each slot's list, in
     * order, in one clause; an optional slot, a gap of one word */
    { "i'll push you", NC_CATEGORY_VIOLENCE, "i'll push you", NC_EVIDENCE_CONTEXT },
    { "I'll push the button", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i'll push. you there?", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i'll go and push you", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "push i'll you", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "we're gonna wreck ur phone", NC_CATEGORY_VIOLENCE, "we're gonna wreck ur phone", NC_EVIDENCE_CONTEXT },
    { "no one trusts you", NC_CATEGORY_INSULT, "no one trusts you", NC_EVIDENCE_CONTEXT },
    { "no one trusts banks", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nobody likes mondays", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nobody in our class likes u", NC_CATEGORY_INSULT, "nobody in our class likes u", NC_EVIDENCE_CONTEXT },
    { "nobody in the world likes u", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "hope you trip", NC_CATEGORY_VIOLENCE, "hope you trip", NC_EVIDENCE_LEXICON },
    { "hope you have a good trip", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "ur nose is huge lol", NC_CATEGORY_INSULT, "ur nose is huge", NC_EVIDENCE_CONTEXT },
    { "ur nose so huge", NC_CATEGORY_INSULT, "ur nose so huge", NC_EVIDENCE_CONTEXT },
    { "your nose is red and huge", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "even a toddler could do that lol", NC_CATEGORY_INSULT, "even a toddler could do that",
      NC_EVIDENCE_LEXICON },
    { "even my dog is faster now", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* seventh round: why someone is even there, never being enough, going
     * without someone (up to three words between), not daring to sit
     * with us, rather alone than with someone, calling what one made
     * trash, a fight after school */
    { "why are you even in this group", NC_CATEGORY_INSULT, "why are you even in this group", NC_EVIDENCE_LEXICON },
    { "why are you even awake it's 3am lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you'll never be one of us", NC_CATEGORY_INSULT, "you'll never be one of us", NC_EVIDENCE_LEXICON },
    { "you'll never guess what happened", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "we went to the movies without u lol", NC_CATEGORY_INSULT, "we went to the movies without u", NC_EVIDENCE_CONTEXT },
    { "we went to the movies without popcorn lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "we went to the big new movie theater without u", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "don't you dare sit with us", NC_CATEGORY_INSULT, "don't you dare sit with us", NC_EVIDENCE_LEXICON },
    { "don't even think about eating my fries haha", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i'd rather sit alone than with you", NC_CATEGORY_INSULT, "i'd rather sit alone than with you", NC_EVIDENCE_CONTEXT },
    { "i'd rather sit alone on the bus", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "who even invited you", NC_CATEGORY_INSULT, "who even invited you", NC_EVIDENCE_CONTEXT },
    { "who invited the new kid? he's nice", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ur song is trash", NC_CATEGORY_INSULT, "ur song is trash", NC_EVIDENCE_LEXICON },
    { "the trash goes out on tuesday", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "meet me outside after class", NC_CATEGORY_VIOLENCE, "meet me outside after class", NC_EVIDENCE_LEXICON },
    { "meet me outside the library after class", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    /* name-calling as the whole draft, "ok" and "bro" around it */
    { "ok attention seeker", NC_CATEGORY_INSULT, "attention seeker", NC_EVIDENCE_CONTEXT },
    /* a rule's match of the same words as a lexicon entry is the entry's
     * ("fat kid" in en-insult.txt) */
    { "the fat kid again", NC_CATEGORY_INSULT, "fat kid", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (grammar, G_N_ELEMENTS (grammar), "en");
}

/* The eighth round's English rules (en-context.txt): name-calling with no
 * rude word, comparisons with animals and things, threats with no violent
 * word, dares to harm oneself, mocking a disability, exclusion, rumours
 * and private things posted; each with its everyday look-alike. */
static void
test_en_grammar_r8 (void)
{
  static const SpanCase grammar_r8[] = {
    { "you knucklehead", NC_CATEGORY_INSULT, "you knucklehead", NC_EVIDENCE_LEXICON },
    { "my uncle calls me a knucklehead", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "what a slob", NC_CATEGORY_INSULT, "what a slob", NC_EVIDENCE_LEXICON },
    { "i'm such a klutz lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you pig", NC_CATEGORY_INSULT, "you pig", NC_EVIDENCE_LEXICON },
    { "did you see the pig at the farm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you look like a thumb", NC_CATEGORY_INSULT, "you look like a thumb", NC_EVIDENCE_CONTEXT },
    { "this potato looks like a thumb", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "your eyes are so small", NC_CATEGORY_INSULT, "your eyes are so small", NC_EVIDENCE_CONTEXT },
    { "your room is so small", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "don't come tomorrow if you know what's good for you", NC_CATEGORY_VIOLENCE,
      "if you know what's good for you", NC_EVIDENCE_LEXICON },
    { "you know what's good for you? vegetables", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i dare you to cut yourself", NC_CATEGORY_VIOLENCE, "i dare you to cut yourself", NC_EVIDENCE_LEXICON },
    { "you should cut yourself a slice of cake", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "do everyone a favour and disappear", NC_CATEGORY_VIOLENCE, "do everyone a favour and disappear",
      NC_EVIDENCE_LEXICON },
    { "the magician made the coin disappear", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "are you deaf or something", NC_CATEGORY_INSULT, "deaf or something", NC_EVIDENCE_LEXICON },
    { "is she deaf? she signs in class", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "are you special needs", NC_CATEGORY_INSULT, "are you special needs", NC_EVIDENCE_LEXICON },
    { "are you special guests tonight", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "why do you walk like that", NC_CATEGORY_INSULT, "why do you walk like that", NC_EVIDENCE_LEXICON },
    { "why do you like that song", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "stop barking at me", NC_CATEGORY_INSULT, "barking at me", NC_EVIDENCE_LEXICON },
    { "the dog keeps barking at the mailman", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "let's all unfollow him", NC_CATEGORY_INSULT, "let's all unfollow him", NC_EVIDENCE_CONTEXT },
    { "let's all follow the new school page", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "remove her from the group", NC_CATEGORY_INSULT, "remove her from the", NC_EVIDENCE_LEXICON },
    { "remove the cake from the oven", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "we made a new gc and you're not in our group", NC_CATEGORY_INSULT, "you're not in our group",
      NC_EVIDENCE_LEXICON },
    { "it was fine until you came", NC_CATEGORY_INSULT, "was fine until you came", NC_EVIDENCE_LEXICON },
    { "it was fine until the rain came", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i'm telling everyone you still wet the bed", NC_CATEGORY_INSULT,
      "i'm telling everyone you still wet the bed", NC_EVIDENCE_LEXICON },
    { "everyone knows the test is on monday", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i'm posting your diary", NC_CATEGORY_INSULT, "i'm posting your diary", NC_EVIDENCE_LEXICON },
    { "i'm posting my diary pages on my blog", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* names flagged "whole": only as the whole draft or its first clause
     * (with a second put-down), never inside a sentence */
    { "hippo", NC_CATEGORY_INSULT, "hippo", NC_EVIDENCE_CONTEXT },
    { "we saw a hippo at the zoo", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you fool", NC_CATEGORY_INSULT, "fool", NC_EVIDENCE_CONTEXT },
    { "you can't fool me", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "skinny twig, eat something", NC_CATEGORY_INSULT, "skinny", NC_EVIDENCE_LEXICON },
    { "hippo, cow and horse", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "seethe", NC_CATEGORY_INSULT, "seethe", NC_EVIDENCE_CONTEXT },
    { "i seethe with anger at the traffic", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you have a big belly", NC_CATEGORY_INSULT, "you have a big belly", NC_EVIDENCE_LEXICON },
    { "you have a big heart", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i'll get my brother to beat you", NC_CATEGORY_VIOLENCE, "i'll get my brother to beat you",
      NC_EVIDENCE_CONTEXT },
    { "i'll get my brother to help you", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    /* children's spellings; "what a" before a name "you" would make a
     * verb of; "try hard" as a verb */
    { "ur so wierd", NC_CATEGORY_INSULT, "ur so wierd", NC_EVIDENCE_CONTEXT },
    { "the weather is so wierd today", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "what a try hard lol", NC_CATEGORY_INSULT, "what a try hard", NC_EVIDENCE_LEXICON },
    { "did you try hard on the test", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "who asked", NC_CATEGORY_INSULT, "who asked", NC_EVIDENCE_CONTEXT },
    { "who asked for extra cheese", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* regional and gender put-downs */
    { "village kid", NC_CATEGORY_INSULT, "village kid", NC_EVIDENCE_CONTEXT },
    { "we visited a village, the village kids were so friendly", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "boys can't dance", NC_CATEGORY_HATE, "boys can't", NC_EVIDENCE_LEXICON },
    { "the boys can't wait for the trip", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "go back to where you came from", NC_CATEGORY_HATE, "go back to where you came from", NC_EVIDENCE_LEXICON },
    { "go back to where you left your bag", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "who let you in here", NC_CATEGORY_INSULT, "who let you in", NC_EVIDENCE_LEXICON },
    { "who let the dog in here? so cute", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "even the teacher laughed at your joke", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "pig, cow and horse", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (grammar_r8, G_N_ELEMENTS (grammar_r8), "en");
}

/* Put-downs of someone talked about, not to (tenth round, s10-gossip): a
 * body part of "con nhỏ kia", "thằng đó" ("nó" with its marks) likened to
 * a thing or a beast, a flaw mocked with a pretension; English likenesses
 * after "he looks", "that girl's" as a target, "nobody | in this group
 * chat | actually likes", pity as a put-down. Each with a twin that must
 * not warn: a pet, "bụng no" (full), praise, a cartoon, sympathy. */
static void
test_gossip (void)
{
  static const struct {
    const char *text, *lang, *span;
    NcEvidence  evidence;
  } gossip[] = {
    { "mũi con nhỏ kia tẹt như cái bánh giò", "vi", "mũi con nhỏ kia tẹt như cái", NC_EVIDENCE_LEXICON },
    { "mũi con mèo nhà tớ tẹt như cái bánh giò", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "tai thang do to nhu tai voi", "vi", "tai thang do to nhu tai", NC_EVIDENCE_LEXICON },
    { "tai con tho to nhu tai voi", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "bụng no như cái trống rồi", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "má nó hồng như quả đào", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "răng hô mà tưởng mình xinh", "vi", "răng hô mà tưởng mình", NC_EVIDENCE_LEXICON },
    { "tớ hát dở mà tưởng mình hay", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "con nhỏ lớp trưởng xấu hết phần thiên hạ", "vi", "xấu hết phần thiên hạ", NC_EVIDENCE_LEXICON },
    { "nhìn cái răng vẩu của thằng kia kìa", "vi", "răng vẩu của thằng kia", NC_EVIDENCE_LEXICON },
    { "nhin cai mat hip cua con nho do kia", "vi", "mat hip cua con nho do", NC_EVIDENCE_LEXICON },
    { "mũi tẹt của con mèo nhà tớ cưng xỉu", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "cái bụng bự của bố tớ", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "răng con nhỏ kia vàng như nghệ", "vi", "răng con nhỏ kia vàng như nghệ", NC_EVIDENCE_LEXICON },
    { "tóc nó vàng như nắng, đẹp ghê", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "tóc con nhỏ như cái tổ quạ, sáng nào mẹ cũng phải chải", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "mắt nó thâm như gấu trúc vì ôn thi cả đêm", "vi", NULL, NC_EVIDENCE_LEXICON },
    /* a child describing a pet calls it "nó" ("tả con vật") */
    { "Con mèo nhà em, mắt nó tròn như hai hòn bi, tai nó vểnh như cái lá", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "Con trâu nhà ông, sừng nó cong, bụng nó to như cái trống", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "Con mèo ba tư nhà tớ đây, nhìn cái mũi tẹt của nó kìa, cưng xỉu", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "Em bé nhà chị ngủ rồi, nhìn cái bụng bự của nó kìa", "vi", NULL, NC_EVIDENCE_LEXICON },
    { "that kid's ears stick out like a monkey's", "en", "that kid's ears stick out like",
      NC_EVIDENCE_CONTEXT },
    { "the puppy's ears stick out like a bat's, so cute", "en", NULL, NC_EVIDENCE_LEXICON },
    { "honestly everyone only sits with her out of pity", "en", "sits with her out of pity",
      NC_EVIDENCE_LEXICON },
    { "I only sit with her because we feel sorry for her cat", "en", NULL, NC_EVIDENCE_LEXICON },
    { "that girl's nose is massive", "en", "that girl's nose is massive", NC_EVIDENCE_CONTEXT },
    { "the elephant's nose is massive", "en", NULL, NC_EVIDENCE_LEXICON },
    { "he looks like a hippo in that shirt", "en", "he looks like a hippo", NC_EVIDENCE_CONTEXT },
    { "she looks like a princess in that dress", "en", NULL, NC_EVIDENCE_LEXICON },
    { "nobody in this group chat actually likes her", "en",
      "nobody in this group chat actually likes her", NC_EVIDENCE_CONTEXT },
    { "nobody in this group chat actually likes homework", "en", NULL, NC_EVIDENCE_LEXICON },
    { "everyone only hangs out with you out of pity", "en", "hangs out with you out of pity",
      NC_EVIDENCE_LEXICON },
    { "I adopted this cat out of pity", "en", NULL, NC_EVIDENCE_LEXICON },
    { "we all just feel sorry for you", "en", "we all just feel sorry for you", NC_EVIDENCE_CONTEXT },
    { "we all just feel sorry for the new kid, he's alone", "en", NULL, NC_EVIDENCE_LEXICON },
    { "the only reason anyone talks to you is pity", "en",
      "the only reason anyone talks to you is pity", NC_EVIDENCE_LEXICON },
    { "the only reason I talk to you is that you're funny", "en", NULL, NC_EVIDENCE_LEXICON },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (gossip); i++)
    assert_warned_span (gossip[i].text, gossip[i].lang, NC_CATEGORY_INSULT, gossip[i].span,
                        gossip[i].evidence);
}

/* Vietnamese unkind kinds of the eleventh round (s11-unkind), each rule
 * with a case that must warn and a twin that must not: a group told to
 * ignore someone ("bơ", "lơ", "seen không rep", "block"), nobody to answer
 * them, "your parents never taught you" asked, orphan and family names,
 * study wasted, a region's or an ethnic group's people called dirty with
 * words between (marked only), girls' study or sport wasted, girls who
 * cannot lead. Twins: avocado, a bus conductor, a busy child, a stranger's
 * message, a skill nobody taught, news of an orphan, a dream of the
 * countryside, a summer's fun, a geography lesson, a proud parent, a bot. */
static void
test_unkind_r11 (void)
{
  static const SpanCase unkind[] = {
    { "cả lớp bơ nó luôn đi", NC_CATEGORY_INSULT, "cả lớp bơ nó luôn đi", NC_EVIDENCE_LEXICON },
    { "mẹ mua bơ về làm sinh tố, cả lớp ăn thử đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "lơ con Hà đi cho nó biết", NC_CATEGORY_INSULT, "lơ con Hà đi", NC_EVIDENCE_LEXICON },
    { "chú lơ xe bảo mọi người xuống đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "thì cứ seen không rep nha", NC_CATEGORY_INSULT, "thì cứ seen không rep", NC_EVIDENCE_LEXICON },
    { "tớ seen rồi mà chưa rep, đang bận", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "đừng ai trả lời tin nhắn của nó", NC_CATEGORY_INSULT, "đừng ai trả lời tin nhắn của nó",
      NC_EVIDENCE_LEXICON },
    { "đừng ai trả lời tin nhắn của người lạ", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "cả nhóm block thằng đó đi", NC_CATEGORY_INSULT, "cả nhóm block thằng đó đi", NC_EVIDENCE_LEXICON },
    { "anh em ơi kick thằng bot ra khỏi server đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* "bố mẹ" is allowed; a longer match holding it whole is not hidden */
    { "bố mẹ mày không dạy mày à", NC_CATEGORY_INSULT, "bố mẹ mày không dạy mày à", NC_EVIDENCE_LEXICON },
    { "bố mẹ mày đi vắng à", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "bố mẹ không dạy à mà ăn nói như vậy", NC_CATEGORY_INSULT, "bố mẹ không dạy à mà", NC_EVIDENCE_LEXICON },
    { "ai dạy cậu bơi thế, bố mẹ không dạy à", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "đồ mồ côi", NC_CATEGORY_INSULT, "đồ mồ côi", NC_EVIDENCE_LEXICON },
    { "do mồ côi cha nên bạn ấy được miễn học phí", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "con nhà không có giáo dục", NC_CATEGORY_INSULT, "con nhà không có giáo dục", NC_EVIDENCE_LEXICON },
    { "về quê chăn vịt đi", NC_CATEGORY_INSULT, "về quê chăn vịt đi", NC_EVIDENCE_LEXICON },
    { "sau này tớ muốn về quê chăn vịt", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "lười thế thì về quê cấy lúa cho rồi", NC_CATEGORY_INSULT, "về quê cấy lúa cho rồi", NC_EVIDENCE_LEXICON },
    { "hè này cả nhà về quê chăn trâu đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mày học cũng bằng thừa", NC_CATEGORY_INSULT, "mày học cũng bằng thừa", NC_EVIDENCE_CONTEXT },
    { "dân miền núi các bạn ấy bẩn lắm", NC_CATEGORY_HATE, "dân miền núi các bạn ấy bẩn", NC_EVIDENCE_LEXICON },
    { "bài địa lý học về dân miền núi trồng lúa", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "nguoi dan toc o ban xa lam", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "con gái mà học kỹ thuật làm gì", NC_CATEGORY_HATE, "con gái mà học kỹ thuật làm gì", NC_EVIDENCE_LEXICON },
    { "con gái chị học kỹ thuật ở Bách khoa", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "con gái làm lớp trưởng sao được", NC_CATEGORY_HATE, "con gái làm lớp trưởng sao được", NC_EVIDENCE_LEXICON },
    { "con gái lớp mình làm lớp trưởng giỏi lắm", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "con gái đá bóng làm gì", NC_CATEGORY_HATE, "con gái đá bóng làm gì", NC_EVIDENCE_LEXICON },
    { "đội bóng đá nữ của trường vô địch rồi", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    /* (batch r11u3) */
    { "cứ lơ nó", NC_CATEGORY_INSULT, "cứ lơ nó", NC_EVIDENCE_LEXICON },
    { "mẹ bảo cứ ăn bơ nó thích", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "lơ luôn con nhỏ đó đi", NC_CATEGORY_INSULT, "lơ luôn con nhỏ", NC_EVIDENCE_LEXICON },
    { "bơ luôn ạ, cho vào sinh tố", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "đừng ai thèm để ý đến nó", NC_CATEGORY_INSULT, "đừng ai thèm để ý đến nó", NC_EVIDENCE_LEXICON },
    { "đừng ai để ý đến tiếng ồn ngoài sân", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (s11-tone) the toneless rule's "hôi lắm" takes the span to the end of the put-down */
    { "người Mông hôi lắm, đừng ngồi gần", NC_CATEGORY_HATE, "người Mông hôi lắm", NC_EVIDENCE_LEXICON },
    { "người Mông ở Hà Giang mặc váy xòe rất đẹp", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "nhà nghèo mà bày đặt đi học thêm", NC_CATEGORY_INSULT, "nhà nghèo mà bày đặt", NC_EVIDENCE_LEXICON },
    { "nhà nghèo mà học giỏi nhất lớp", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "con nhà nghèo thì học đại học làm gì", NC_CATEGORY_INSULT, "con nhà nghèo thì học đại học làm gì",
      NC_EVIDENCE_LEXICON },
    { "mày là con ghẻ à", NC_CATEGORY_INSULT, "mày là con ghẻ", NC_EVIDENCE_CONTEXT },
    { "truyện Tấm Cám có bà dì ghẻ độc ác", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "con gái chơi game làm gì", NC_CATEGORY_HATE, "con gái chơi game làm gì", NC_EVIDENCE_LEXICON },
    { "con gái chơi game giỏi lắm", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    /* (batch r11u4) */
    { "cả team đừng ai chuyền bóng cho nó", NC_CATEGORY_INSULT, "đừng ai chuyền bóng cho nó",
      NC_EVIDENCE_LEXICON },
    { "cả team chuyền bóng cho nó đi, nó đang trống", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "bố mẹ nó dạy nó kiểu gì", NC_CATEGORY_INSULT, "bố mẹ nó dạy nó kiểu gì", NC_EVIDENCE_LEXICON },
    { "cô giáo dạy nó kiểu gì mà nó giỏi thế", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mấy đứa người Dao trong lớp nghèo rách", NC_CATEGORY_HATE, "mấy đứa người Dao trong lớp nghèo rách",
      NC_EVIDENCE_LEXICON },
    { "người Dao đỏ ở Sa Pa làm thổ cẩm đẹp lắm", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    /* (batch r11u5) */
    { "đứa nào rep nó là tao block luôn", NC_CATEGORY_INSULT, "đứa nào rep nó là tao block",
      NC_EVIDENCE_LEXICON },
    { "đứa nào rep tin này đầu tiên được quà nha", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nhà nghèo mà đòi học trường quốc tế", NC_CATEGORY_INSULT, "nhà nghèo mà đòi học", NC_EVIDENCE_LEXICON },
    { "nha ngheo ma doi qua, lop minh quyen gop nhe", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (unkind, G_N_ELEMENTS (unkind), "vi");
}

/* Vietnamese unkind kinds typed without marks (s11-tone), each rule with a
 * case that must warn and a twin that must not: someone told what they
 * are ("m là cái đồ ăn hại"; "là do", because of), an orphan called so with
 * a second put-down (news of an orphan), a face called loathsome (a
 * friend's rash), study foretold to end in menial work (a doctor), an
 * ethnic group called dirty (crafts for sale), a region named by "bọn",
 * "you're dead with me" as chat types it (a computer that died). */
static void
test_tone_r11 (void)
{
  static const SpanCase tone[] = {
    { "m la cai do an hai cua lop nay", NC_CATEGORY_INSULT, "m la cai do an hai", NC_EVIDENCE_LEXICON },
    { "m met la do ngu it day, di ngu som di", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "thang mo coi mat day, cut", NC_CATEGORY_INSULT, "thang mo coi mat day", NC_EVIDENCE_LEXICON },
    { "cau be do mo coi nen duoc nha chua nuoi tu nho", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nhin cai mat m thay tom, bien di", NC_CATEGORY_INSULT, "cai mat m thay tom", NC_EVIDENCE_LEXICON },
    { "mat m sao the, thay ghe qua, bi di ung a", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "m hoc nhu the thi sau nay di phu ho thoi", NC_CATEGORY_INSULT,
      "m hoc nhu the thi sau nay di phu ho", NC_EVIDENCE_LEXICON },
    { "t hoc the nay thi sau nay di lam bac si dc k", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nguoi dan toc hoi lam, ngoi xa ra", NC_CATEGORY_HATE, "nguoi dan toc hoi lam", NC_EVIDENCE_LEXICON },
    { "nguoi Mong o Sapa ban do thu cong dep lam", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "bon mien tay dua nao cung lam bieng", NC_CATEGORY_HATE, "bon mien tay dua nao cung lam bieng",
      NC_EVIDENCE_LEXICON },
    { "bon mien tay noi chuyen de thuong lam", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "mai t gap m la m chet voi t", NC_CATEGORY_VIOLENCE, "m chet voi t", NC_EVIDENCE_LEXICON },
    { "cai may chet voi t roi, mat het bai", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    /* (the toneless tuning parts and r11t3) a group told to ignore someone
     * "đẹp", a family lacked as the reason for bad ways, an orphan's name and
     * a second put-down in the next clause, study asked pointless, a new
     * group without you, bad luck to play with, threats in two halves, girls
     * who dare to lead, a group called dirty */
    { "Moi nguoi bo dep no di, de no tu ngoi mot minh", NC_CATEGORY_INSULT,
      "Moi nguoi bo dep no", NC_EVIDENCE_LEXICON },
    { "ca nha an bo dep da lam, me mua o cho", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Bo me may ly di nen may moi hu vay do", NC_CATEGORY_INSULT,
      "Bo me may ly di nen may moi hu", NC_EVIDENCE_LEXICON },
    { "bo me ban ay ly di nen ban ay song voi ba ngoai", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "do khong cha khong me, ai them choi voi m", NC_CATEGORY_INSULT,
      "do khong cha khong me, ai them choi", NC_EVIDENCE_LEXICON },
    { "em be khong cha khong me nen duoc nha chua nuoi day", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Mo coi thi ai ma day, thao nao no hu", NC_CATEGORY_INSULT,
      "Mo coi thi ai ma day", NC_EVIDENCE_LEXICON },
    { "ban Lan mo coi nen moi tu lap som nhu vay", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "m di hoc lam j, ve chan bo di", NC_CATEGORY_INSULT,
      "m di hoc lam j, ve chan bo", NC_EVIDENCE_LEXICON },
    { "thu 7 dc nghi, di hoc lam gi, ve que chan vit voi ong thoi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tui t lap nhom moi roi, khong co m dau", NC_CATEGORY_INSULT,
      "t lap nhom moi roi, khong co m dau", NC_EVIDENCE_LEXICON },
    { "lop t lap nhom moi roi, co ca m do, vao di", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ai choi voi m cung xui", NC_CATEGORY_INSULT,
      "ai choi voi m cung xui", NC_EVIDENCE_LEXICON },
    { "ai choi voi m cung vui, m hai qua", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "m doi day, t goi anh t den", NC_CATEGORY_VIOLENCE,
      "m doi day, t goi anh t", NC_EVIDENCE_LEXICON },
    { "doi day, t goi me t ra mo cua", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "ve nha can than nhe, tao biet nha m roi", NC_CATEGORY_VIOLENCE,
      "can than nhe, tao biet nha m", NC_EVIDENCE_LEXICON },
    { "can than nhe, duong tron lam", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "m con noi nua la an dap nha", NC_CATEGORY_VIOLENCE,
      "m con noi nua la an dap", NC_EVIDENCE_LEXICON },
    { "ve muon la an dap nha, me t nghiem lam", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "Dan ba ma doi lam lop truong", NC_CATEGORY_HATE,
      "Dan ba ma doi lam lop truong", NC_EVIDENCE_LEXICON },
    { "con gai lop t doi lam doi truong, ca lop bau luon", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Nguoi Cham gi ma den thui, ban lam", NC_CATEGORY_HATE,
      "Nguoi Cham gi ma den thui", NC_EVIDENCE_LEXICON },
    { "nguoi Dao mac vay den theu hoa van dep lam", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    /* "vô giáo dục" after a calling word, "your" mouth called foul */
    { "No la dua vo giao duc nhat lop", NC_CATEGORY_INSULT, "dua vo giao duc", NC_EVIDENCE_LEXICON },
    { "thang em t vo truong giao duc the chat roi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mom may thoi qua", NC_CATEGORY_INSULT, "mom may thoi", NC_EVIDENCE_LEXICON },
    { "mo may thoi, het gio roi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* a parent in prison as the reason for bad ways */
    { "Bo no di tu nen no moi hu hong nhu vay", NC_CATEGORY_INSULT,
      "Bo no di tu nen no moi hu hong", NC_EVIDENCE_LEXICON },
    { "bo no di tu nen no moi phai o voi ba noi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (tone, G_N_ELEMENTS (tone), "vi");
}

/* (lead, twelfth round) A child telling a parent or a teacher what others
 * called them is no put-down; said to someone, or with "mày" beside it,
 * it warns. */
static void
test_vi_r12_told (void)
{
  static const SpanCase told[] = {
    { "mẹ ơi hôm nay bạn Tuấn gọi con là đồ béo, con buồn lắm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tụi nó bảo em là đồ ngu, em phải làm sao", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "me oi ban Tuan goi con la do beo", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tao gọi em là đồ béo đấy, làm gì nhau", NC_CATEGORY_INSULT, "đồ béo", NC_EVIDENCE_LEXICON },
    /* (s13-help: a report turned on "mày" after it is no report; both warn) */
    { "bạn Tuấn gọi con là đồ béo, mà mày cũng béo thật", NC_CATEGORY_INSULT, "đồ béo",
      NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (told, G_N_ELEMENTS (told), "vi");
}

/* (thirteenth round, s13-vicompo) A Vietnamese composition about a work
 * taught at school or a social problem, that names no one else: its
 * put-downs are told of characters ("Sọ Dừa là đồ xấu xí", Thị Nở "xấu ma
 * chê quỷ hờn", Chí Phèo's "Ai cho tao lương thiện?" in quotation marks)
 * or of people in general ("Có bạn bị chế giễu là đồ ngốc"). A classmate
 * named beside a character, even only where a sentence opens ("Tuấn cũng
 * vậy. Tuấn là đồ vô dụng"), "mày" anywhere, "lớp em", "nhà em", a
 * deskmate, "nó", a short line, still warn. */
static void
test_vi_r13_told (void)
{
  static const SpanCase told[] = {
    { "Truyện \"Sọ Dừa\" kể về một chàng trai sinh ra không chân không tay, tròn lông lốc như quả dừa. Hai cô chị con phú ông chê Sọ Dừa là đồ xấu xí, dị hợm, còn tìm cách hại em gái. Chỉ có cô út thương người nên được hưởng hạnh phúc. Truyện ngợi ca vẻ đẹp bên trong và lòng nhân hậu.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Nam Cao tả Thị Nở xấu ma chê quỷ hờn, lại dở hơi và nghèo. Vậy mà chính người đàn bà ấy đã mang đến cho Chí Phèo bát cháo hành. Nhờ thị, hắn khao khát được làm người lương thiện. Em thấy tình người có thể đến từ những con người bị khinh rẻ nhất.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Bạo lực học đường đang để lại nhiều hậu quả nặng nề. Có bạn bị chế giễu là đồ ngốc, đồ vô dụng suốt cả học kỳ mà không dám kể với ai. Những lời ấy để lại vết thương rất lâu lành. Em nghĩ nhà trường cần lắng nghe học sinh nhiều hơn.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Qua tác phẩm \"Chí Phèo\", Nam Cao cho thấy xã hội cũ đã biến một người nông dân lương thiện thành kẻ lưu manh. Câu hỏi \"Ai cho tao lương thiện?\" khiến em suy nghĩ mãi. Bát cháo hành của Thị Nở đã đánh thức bản tính tốt đẹp trong Chí. Em hiểu con người cần được yêu thương.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Lan giống hệt Thị Nở, xấu ma chê quỷ hờn",
      NC_CATEGORY_INSULT, "xấu ma chê quỷ hờn", NC_EVIDENCE_LEXICON },
    { "Trong truyện Tấm Cám, Cám lười biếng và ích kỷ. Em thấy Cám của lớp mình chính là Vy, đồ vô dụng, suốt ngày chỉ biết ăn với ngủ. Ai cũng ghét Vy vì Vy ích kỷ y như Cám trong truyện.",
      NC_CATEGORY_INSULT, "ích kỷ", NC_EVIDENCE_LEXICON },
    { "Trong truyện Tấm Cám, Cám lười biếng, tham lam và ích kỷ. Tuấn cũng vậy. Tuấn là đồ vô dụng, suốt ngày chỉ biết ăn với ngủ. Tuấn ích kỷ y như Cám trong truyện cổ tích.",
      NC_CATEGORY_INSULT, "ích kỷ", NC_EVIDENCE_LEXICON },
    { "Lý Thông là kẻ ích kỷ, vô ơn bạc nghĩa. Hắn lừa Thạch Sanh đi canh miếu để nộp mạng cho chằn tinh. Mày cũng ích kỷ y như Lý Thông vậy. Truyện dạy em ở hiền thì gặp lành.",
      NC_CATEGORY_INSULT, "kẻ ích kỷ", NC_EVIDENCE_LEXICON },
    { "Lý Thông là kẻ ích kỷ, vô ơn bạc nghĩa. Hắn lừa Thạch Sanh đi canh miếu để nộp mạng cho chằn tinh. Đến khi Thạch Sanh giết được chằn tinh, hắn lại cướp công. Hùng lớp em cũng ích kỷ như thế.",
      NC_CATEGORY_INSULT, "kẻ ích kỷ", NC_EVIDENCE_LEXICON },
    { "Bà hàng xóm nhà em y hệt mụ dì ghẻ trong truyện Tấm Cám. Bà ấy vừa độc ác vừa ích kỷ, lại còn xấu như quỷ. Ngày nào bà cũng chửi bọn trẻ con trong xóm. Em ghét bà ấy lắm.",
      NC_CATEGORY_INSULT, "ích kỷ", NC_EVIDENCE_LEXICON },
    { "Trong truyện Tấm Cám, Cám là đứa lười biếng, ích kỷ. Cô bạn cùng bàn với em cũng y như vậy, đồ vô dụng, chỉ biết ăn với ngủ. Ai cũng thấy cô ta ích kỷ như Cám trong truyện.",
      NC_CATEGORY_INSULT, "ích kỷ", NC_EVIDENCE_LEXICON },
    { "Bài văn về bạo lực học đường. Đứa ngồi bàn đầu ấy là đồ vô dụng, xấu như ma, ai cũng ghét. Nạn nhân của bắt nạt thì đáng thương nhưng riêng nó thì đáng bị thế. Các bạn biết ai rồi đấy.",
      NC_CATEGORY_INSULT, "đồ vô dụng", NC_EVIDENCE_LEXICON },
    { "Có bạn bị gọi là đồ béo, đồ ngu suốt nhiều tháng mà không dám kể với ai",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mày bị gọi là đồ béo, đồ ngu là đúng rồi",
      NC_CATEGORY_INSULT, "đồ béo", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (told, G_N_ELEMENTS (told), "vi");
}

/* (fourteenth round, s14-compo) A Vietnamese composition that quotes a
 * character's words ("mày" in them, Tú Bà's "Con này"), a put-down that
 * blocks told of a character, an essay on cursing or cruelty, a smell
 * described; a child telling a put-down said of the family or the home
 * (told_of_me()). A reader addressed ("ai đọc", "bạn nào", "cậu đấy"), a
 * classmate named or in the writer's class, another child's family, a
 * report affirmed or turned on "mày" still warn. */
static void
test_vi_r14_compo (void)
{
  static const SpanCase compo[] = {
    { "Trong đoạn trích \"Tức nước vỡ bờ\", cai lệ sầm sập tiến vào, quát chị Dậu: \"Mày định nói cho cha mày nghe đấy à? Sưu của Nhà nước mà dám mở mồm xin khất!\". Chị Dậu van xin mãi không được, cuối cùng nghiến hai hàm răng: \"Mày trói ngay chồng bà đi, bà cho mày xem!\". Chị túm cổ tên cai lệ ấn dúi ra cửa. Đoạn trích cho thấy sức sống tiềm tàng của người nông dân bị áp bức.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Truyện cổ tích \"Ông lão đánh cá và con cá vàng\" của Pu-skin kể về một ông lão nghèo và mụ vợ tham lam. Khi nghe ông kể chuyện thả con cá vàng mà không đòi gì, mụ vợ mắng: \"Đồ ngốc, sao không đòi một cái máng lợn mới?\". Càng được nhiều, mụ càng quát tháo chồng là đồ ngốc, đồ ngu, bắt ông ra biển hết lần này đến lần khác. Cuối cùng mụ lại ngồi trước cái máng lợn sứt mẻ như xưa.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Hiện nay, nhiều bạn trẻ có thói quen gọi nhau là \"thằng ngu\", \"con điên\" trên mạng xã hội. Có người cho rằng đó chỉ là cách đùa vui giữa bạn bè thân thiết. Nhưng những lời lẽ ấy dần trở thành phản xạ, khiến ta nói năng thô lỗ cả ngoài đời. Đó là thói quen xấu mà mỗi học sinh cần từ bỏ.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Một bộ phận học sinh hiện nay nói tục, chửi thề như một thói quen. Chỉ một va chạm nhỏ là các bạn buông ra những câu như \"đồ điên\", \"ngu như bò\". Những lời ấy làm tổn thương người nghe. Mỗi chúng ta cần giữ gìn sự trong sáng của tiếng Việt.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Con kênh sau khu phố em trước đây đen ngòm và bốc mùi hôi thối. Mỗi lần đi ngang qua, em phải bịt mũi vì mùi hôi như cống.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "cô ơi, mấy bạn bảo nhà em nghèo rớt mồng tơi nên không cho em ngồi cùng",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mẹ ơi mấy bạn bảo em gái con là đồ ngốc vì em ấy nói ngọng, con phải làm gì ạ",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "cô ơi bạn ấy nói gia đình em toàn đồ quê mùa, em xấu hổ lắm",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "tụi nó nói nhà con Lan nghèo rớt mồng tơi, đi học toàn mặc áo rách",
      NC_CATEGORY_INSULT, "nghèo rớt mồng tơi", NC_EVIDENCE_LEXICON },
    { "mấy bạn bảo nhà em nghèo rớt mồng tơi, mà đúng thật, nhà em nghèo kiết xác",
      NC_CATEGORY_INSULT, "nghèo rớt mồng tơi", NC_EVIDENCE_LEXICON },
    { "cả lớp bảo nhà mày nghèo kiết xác, mày còn dám vênh mặt à",
      NC_CATEGORY_INSULT, "nhà mày nghèo kiết xác", NC_EVIDENCE_LEXICON },
    { "Đoạn trích \"Tức nước vỡ bờ\" kể chị Dậu quát cai lệ: \"Mày trói ngay chồng bà đi, bà cho mày xem!\". Chị Dậu thật dũng cảm. Còn ai đọc đến đây mà vẫn thấy chán thì đúng là đồ ngu, đồ ăn hại, đồ vô dụng.",
      NC_CATEGORY_INSULT, "Mày trói", NC_EVIDENCE_NGRAM },
    { "Bài nghị luận về thói nói tục, chửi thề của học sinh. Nhiều bạn gọi nhau là \"thằng ngu\", \"con điên\". Bạn nào còn nói tục sau khi đọc bài này thì đúng là đồ ngu, đồ mất dạy, không ai thèm chơi.",
      NC_CATEGORY_INSULT, "chửi", NC_EVIDENCE_NGRAM },
    { "Ngôn từ bạo lực là vấn nạn hiện nay. Nhiều người gọi nhau là \"đồ ngu\", \"đồ óc chó\". Ai đọc bài này thì nhớ: cậu đấy, cậu chính là đồ ngu, đồ óc chó.",
      NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
    { "Cai lệ quát: \"Mày định nói cho cha mày nghe đấy à?\". Chị Dậu túm cổ hắn ấn dúi ra cửa. Đọc xong, em chỉ muốn túm cổ thằng Long bàn cuối như thế, đồ ngu, đồ hèn.",
      NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
    { "Trong Truyện Kiều, Tú Bà mắng Kiều: \"Con này chẳng phải thiện nhân\". Câu đó em xin gửi tặng Linh lớp 9A: con này chẳng phải thiện nhân, đồ ngu, đồ giả tạo.",
      NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
    { "Trong truyện \"Ông lão đánh cá và con cá vàng\", mụ vợ mắng chồng là đồ ngốc, đồ ngu. Lan lớp em ngu như mụ vợ trong truyện, tham lam lại còn hay quát bạn. Ai ngồi cạnh Lan cũng khổ.",
      NC_CATEGORY_INSULT, "đồ ngốc", NC_EVIDENCE_LEXICON },
    /* a short answer on a work; dirt said of water, a path, a stray */
    { "Nhân vật Bá Kiến là kẻ gian hùng, xảo quyệt. Hắn đã đẩy Chí Phèo vào con đường tha hóa.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Mụ vợ trong truyện ông lão đánh cá vừa tham lam vừa bội bạc. Mụ mắng chồng là đồ ngốc dù ông đã mang về cho mụ tất cả.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Mụ vợ trong truyện ông lão đánh cá là đồ ngốc, đồ tham lam. Con Hạnh bàn trên cũng là đồ ngốc như thế.",
      NC_CATEGORY_INSULT, "đồ ngốc", NC_EVIDENCE_LEXICON },
    { "Nhân vật Bá Kiến là kẻ gian hùng, xảo quyệt. Thằng Việt lớp mình cũng gian xảo y như Bá Kiến vậy.",
      NC_CATEGORY_INSULT, "xảo quyệt", NC_EVIDENCE_NGRAM },
    { "Sau mỗi trận mưa, lối đi lầy lội, bẩn thỉu, mùi cá tanh bốc lên nồng nặc.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Trên đường đi học, em hay gặp một con chó hoang gầy gò, bẩn thỉu, bộ lông xơ xác.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Tụi mày nhìn con Nhi kìa, người gầy gò, bẩn thỉu, hôi như con chó hoang.",
      NC_CATEGORY_INSULT, "bẩn thỉu", NC_EVIDENCE_LEXICON },
    { "Lối đi vào nhà thằng Bảo lầy lội, bẩn thỉu, y như cái mặt nó vậy.",
      NC_CATEGORY_INSULT, "bẩn thỉu", NC_EVIDENCE_LEXICON },
    { "Cái áo của con Trâm rách tả tơi, bẩn thỉu, nhìn là muốn ói.",
      NC_CATEGORY_INSULT, "bẩn thỉu", NC_EVIDENCE_LEXICON },
    /* "một thằng ma cà bông", a kind of man; a folk tale's animal */
    { "Chú vịt con xấu xí bị cả đàn chê bai, chẳng ai chơi với. Đến mùa xuân, chú hóa thành thiên nga trắng.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Nhân vật Xuân Tóc Đỏ trong tiểu thuyết \"Số đỏ\" vốn là một thằng ma cà bông vô học, sống lang thang ở vỉa hè. Nhờ gặp thời, hắn được xã hội thượng lưu tung hô là nhà cải cách, là đốc tờ. Vũ Trọng Phụng đã dùng tiếng cười châm biếm để lật tẩy một xã hội giả dối. Em thấy tác phẩm vừa buồn cười vừa đáng suy ngẫm.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Nhân vật Xuân Tóc Đỏ trong Số đỏ là một thằng ma cà bông vô học. Hắn gặp may mà thành danh. Thằng Tuấn lớp em cũng là một thằng ma cà bông vô học như thế, suốt ngày trốn học.",
      NC_CATEGORY_INSULT, "bông vô học", NC_EVIDENCE_LEXICON },
    { "Chú vịt con xấu xí bị cả đàn chê bai, chẳng ai chơi với. Lan lớp em cũng xấu xí như thế, chẳng ai chơi với.",
      NC_CATEGORY_INSULT, "chẳng ai chơi với", NC_EVIDENCE_LEXICON },
    /* a name called opening a sentence ("Lan à") */
    { "Mụ vợ trong truyện ông lão đánh cá tham lam, ngu ngốc, đúng là đồ ngu. Lan à, nhìn lại mình đi, y hệt mụ vợ ấy, đồ ngu.",
      NC_CATEGORY_INSULT, "ngu ngốc", NC_EVIDENCE_LEXICON },
    /* a quotation given to someone lowers nothing (vi_quote_given()) */
    { "Tặng Trang: \"mày là đồ ăn hại, đồ vô dụng\"",
      NC_CATEGORY_INSULT, "mày là đồ ăn hại", NC_EVIDENCE_LEXICON },
    { "Như dì ghẻ nói với Tấm: \"đồ ăn hại\". Câu đó dành cho bạn đấy.",
      NC_CATEGORY_INSULT, "đồ ăn hại", NC_EVIDENCE_LEXICON },
    { "Mẹ ơi, bạn Lan gửi cho con tin nhắn \"đồ xấu xí\", con buồn lắm.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Tặng các bạn lớp mình một lời khuyên: thay vì nói \"đồ ngốc\", hãy nói \"cậu thử lại nhé\".",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };
  /* (without marks: dirt likened to "mày" right after it is no thing's) */
  static const SpanCase compo_toneless[] = {
    { "Con cho hoang gay go, ban thiu y nhu may.", NC_CATEGORY_INSULT, "ban thiu", NC_EVIDENCE_LEXICON },
    { "Con cho hoang gay go, ban thiu, long xo xac.", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (compo, G_N_ELEMENTS (compo), "vi");
  assert_span_cases (compo_toneless, G_N_ELEMENTS (compo_toneless), NULL);
}

/* (fifteenth round, s15-compo) A Vietnamese composition on a work whose
 * characters curse, fight or kill (a character called "thằng Mục" or
 * "mẹ con Mai" in the work, what one character calls another, "Lão chửi
 * Chí là thằng đầu bò", "là thằng say, thằng điên", a target inside a
 * work's name, a character's quoted threat, mined phrases in a composition
 * told), and an essay judging what someone is called ("gọi bạn là đồ nhà
 * quê ... là một kiểu bạo lực"): no warning. A classmate put down in the
 * same words (named, in the writer's class or at a desk of it, "mày", the
 * writer turning to say it, "nhưng ... đúng là đồ điên", the writer's
 * own quotation) still warns. */
static void
test_vi_r15_compo (void)
{
  static const SpanCase compo[] = {
    /* (lead, blind and fresh lines) a short answer on a work in one
     * sentence; a class likened to a character in one still warns */
    { "Nhân vật Chí Phèo chửi cả làng, chửi cả những đứa không chửi nhau với hắn, nhưng sâu bên trong hắn khao khát được làm người lương thiện.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Bọn lớp 7A đúng là một lũ Chí Phèo, chỉ biết chửi bới với ăn vạ cả ngày thôi đấy.",
      NC_CATEGORY_INSULT, "Bọn lớp", NC_EVIDENCE_NGRAM },
    { "Đoạn lão Hạc kể chuyện bán chó làm em nhớ mãi. Lão bảo thằng Mục, thằng Xiên trói cậu Vàng lại, và con chó nhìn lão như muốn trách \"lão già tệ lắm\". Lão khóc hu hu như con nít vì nghĩ mình đã lừa một con chó. Một con người giàu tình thương như vậy mà phải chọn cái chết, thật đáng thương.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Đoạn lão Hạc kể chuyện bán chó làm em nhớ mãi. Lão bảo thằng Mục, thằng Xiên trói cậu Vàng lại, và con chó nhìn lão như muốn trách \"lão già tệ lắm\". Lão khóc hu hu như con nít vì nghĩ mình đã lừa một con chó. Một con người giàu tình thương như vậy mà phải chọn cái chết, thật đáng thương.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Đoạn lão Hạc kể chuyện bán chó làm em nhớ mãi. Lão bảo thằng Mục, thằng Xiên trói cậu Vàng lại, và con chó nhìn lão như muốn trách \"lão già tệ lắm\". Lão khóc hu hu như con nít vì nghĩ mình đã lừa một con chó. Một con người giàu tình thương như vậy mà phải chọn cái chết, thật đáng thương.",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "Nhân vật Bá Kiến trong \"Chí Phèo\" là một tên cường hào gian hùng. Lão dùng mưu \"mềm nắn rắn buông\", biến Chí Phèo thành tay sai để đi đòi nợ, đánh người. Lão chửi Chí là thằng đầu bò, rồi lại rót rượu mời hắn. Cái chết của Bá Kiến dưới lưỡi dao của Chí là cái kết tất yếu cho kẻ gieo gió.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Nhân vật Bá Kiến trong \"Chí Phèo\" là một tên cường hào gian hùng. Lão dùng mưu \"mềm nắn rắn buông\", biến Chí Phèo thành tay sai để đi đòi nợ, đánh người. Lão chửi Chí là thằng đầu bò, rồi lại rót rượu mời hắn. Cái chết của Bá Kiến dưới lưỡi dao của Chí là cái kết tất yếu cho kẻ gieo gió.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Nhân vật Bá Kiến trong \"Chí Phèo\" là một tên cường hào gian hùng. Lão dùng mưu \"mềm nắn rắn buông\", biến Chí Phèo thành tay sai để đi đòi nợ, đánh người. Lão chửi Chí là thằng đầu bò, rồi lại rót rượu mời hắn. Cái chết của Bá Kiến dưới lưỡi dao của Chí là cái kết tất yếu cho kẻ gieo gió.",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "Trong \"Rừng xà nu\" của Nguyễn Trung Thành, bọn giặc đã bắt mẹ con Mai và đánh chết họ bằng gậy sắt ngay trước mặt Tnú. Chúng còn đốt mười đầu ngón tay của Tnú bằng nhựa xà nu. Cụ Mết nói: \"Chúng nó đã cầm súng, mình phải cầm giáo!\". Dân làng Xô Man nổi dậy, giết sạch bọn giặc. Tác phẩm là bản anh hùng ca của núi rừng Tây Nguyên.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Trong \"Rừng xà nu\" của Nguyễn Trung Thành, bọn giặc đã bắt mẹ con Mai và đánh chết họ bằng gậy sắt ngay trước mặt Tnú. Chúng còn đốt mười đầu ngón tay của Tnú bằng nhựa xà nu. Cụ Mết nói: \"Chúng nó đã cầm súng, mình phải cầm giáo!\". Dân làng Xô Man nổi dậy, giết sạch bọn giặc. Tác phẩm là bản anh hùng ca của núi rừng Tây Nguyên.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Trong \"Rừng xà nu\" của Nguyễn Trung Thành, bọn giặc đã bắt mẹ con Mai và đánh chết họ bằng gậy sắt ngay trước mặt Tnú. Chúng còn đốt mười đầu ngón tay của Tnú bằng nhựa xà nu. Cụ Mết nói: \"Chúng nó đã cầm súng, mình phải cầm giáo!\". Dân làng Xô Man nổi dậy, giết sạch bọn giặc. Tác phẩm là bản anh hùng ca của núi rừng Tây Nguyên.",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "\"Chuyện chức phán sự đền Tản Viên\" kể về Ngô Tử Văn, người dám đốt đền của tên tướng giặc. Hồn tên Bách hộ họ Thôi hiện lên dọa nạt, rồi kiện Tử Văn xuống âm phủ. Ở đó Tử Văn cứng cỏi vạch tội hắn, khiến hắn bị giam vào ngục Cửu U. Nhân vật Ngô Tử Văn là hình ảnh của người trí thức dám đấu tranh chống cái ác.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "\"Chuyện chức phán sự đền Tản Viên\" kể về Ngô Tử Văn, người dám đốt đền của tên tướng giặc. Hồn tên Bách hộ họ Thôi hiện lên dọa nạt, rồi kiện Tử Văn xuống âm phủ. Ở đó Tử Văn cứng cỏi vạch tội hắn, khiến hắn bị giam vào ngục Cửu U. Nhân vật Ngô Tử Văn là hình ảnh của người trí thức dám đấu tranh chống cái ác.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "\"Chuyện chức phán sự đền Tản Viên\" kể về Ngô Tử Văn, người dám đốt đền của tên tướng giặc. Hồn tên Bách hộ họ Thôi hiện lên dọa nạt, rồi kiện Tử Văn xuống âm phủ. Ở đó Tử Văn cứng cỏi vạch tội hắn, khiến hắn bị giam vào ngục Cửu U. Nhân vật Ngô Tử Văn là hình ảnh của người trí thức dám đấu tranh chống cái ác.",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "Chí Phèo là nhân vật bi kịch nhất mà em từng đọc. Hắn bị Bá Kiến đẩy vào tù, ra tù thì thành một con quỷ dữ của làng Vũ Đại, chuyên rạch mặt ăn vạ, đập đầu, chửi bới. Người ta gọi hắn là thằng say, thằng điên, không ai coi hắn là người. Chỉ có Thị Nở với bát cháo hành mới nhìn thấy con người thật của hắn. Đọc xong truyện, em thấy Nam Cao thật thương người.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Chí Phèo là nhân vật bi kịch nhất mà em từng đọc. Hắn bị Bá Kiến đẩy vào tù, ra tù thì thành một con quỷ dữ của làng Vũ Đại, chuyên rạch mặt ăn vạ, đập đầu, chửi bới. Người ta gọi hắn là thằng say, thằng điên, không ai coi hắn là người. Chỉ có Thị Nở với bát cháo hành mới nhìn thấy con người thật của hắn. Đọc xong truyện, em thấy Nam Cao thật thương người.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Chí Phèo là nhân vật bi kịch nhất mà em từng đọc. Hắn bị Bá Kiến đẩy vào tù, ra tù thì thành một con quỷ dữ của làng Vũ Đại, chuyên rạch mặt ăn vạ, đập đầu, chửi bới. Người ta gọi hắn là thằng say, thằng điên, không ai coi hắn là người. Chỉ có Thị Nở với bát cháo hành mới nhìn thấy con người thật của hắn. Đọc xong truyện, em thấy Nam Cao thật thương người.",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "Nhân vật người đàn bà hàng chài trong \"Chiếc thuyền ngoài xa\" bị chồng đánh ba ngày một trận nhẹ, năm ngày một trận nặng. Lão chồng vừa đánh vừa chửi \"Mày chết đi cho ông nhờ\". Vậy mà chị vẫn không chịu bỏ chồng, vì thương những đứa con. Tác phẩm giúp em hiểu cần nhìn cuộc đời một cách đa chiều.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Nhân vật người đàn bà hàng chài trong \"Chiếc thuyền ngoài xa\" bị chồng đánh ba ngày một trận nhẹ, năm ngày một trận nặng. Lão chồng vừa đánh vừa chửi \"Mày chết đi cho ông nhờ\". Vậy mà chị vẫn không chịu bỏ chồng, vì thương những đứa con. Tác phẩm giúp em hiểu cần nhìn cuộc đời một cách đa chiều.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Nhân vật người đàn bà hàng chài trong \"Chiếc thuyền ngoài xa\" bị chồng đánh ba ngày một trận nhẹ, năm ngày một trận nặng. Lão chồng vừa đánh vừa chửi \"Mày chết đi cho ông nhờ\". Vậy mà chị vẫn không chịu bỏ chồng, vì thương những đứa con. Tác phẩm giúp em hiểu cần nhìn cuộc đời một cách đa chiều.",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "Em thấy việc chê bạn béo hay gọi bạn là đồ nhà quê trên mạng là một kiểu bạo lực, dù người nói chỉ nghĩ là đùa. Những lời ấy có thể khiến bạn bị chê buồn bã, tự ti, không dám đăng ảnh nữa. Vì vậy, mỗi chúng ta cần suy nghĩ trước khi bình luận. Một lời nói tử tế không tốn gì cả.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Em thấy việc chê bạn béo hay gọi bạn là đồ nhà quê trên mạng là một kiểu bạo lực, dù người nói chỉ nghĩ là đùa. Những lời ấy có thể khiến bạn bị chê buồn bã, tự ti, không dám đăng ảnh nữa. Vì vậy, mỗi chúng ta cần suy nghĩ trước khi bình luận. Một lời nói tử tế không tốn gì cả.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Em thấy việc chê bạn béo hay gọi bạn là đồ nhà quê trên mạng là một kiểu bạo lực, dù người nói chỉ nghĩ là đùa. Những lời ấy có thể khiến bạn bị chê buồn bã, tự ti, không dám đăng ảnh nữa. Vì vậy, mỗi chúng ta cần suy nghĩ trước khi bình luận. Một lời nói tử tế không tốn gì cả.",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    /* (lead at merge) a judgement in one sentence, as a child says it in
     * a comment: not only a composition's length */
    { "Em thấy việc gọi bạn là đồ nhà quê trên mạng là một kiểu bạo lực, dù người nói chỉ nghĩ là đùa.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Em thấy việc gọi bạn là đồ ngu là sai.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Em thấy gọi bạn là đồ ngu là sai, nhưng con Lan đúng là đồ ngu thật",
      NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
    { "Có bạn cho rằng gọi bạn bè là đồ ngốc, đồ lùn chỉ là trêu cho vui. Theo em, điều đó là sai. Người trêu thì quên ngay, còn người bị trêu có khi nhớ mãi. Chúng ta nên gọi nhau bằng tên và tôn trọng sự khác biệt của mỗi người.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Có bạn cho rằng gọi bạn bè là đồ ngốc, đồ lùn chỉ là trêu cho vui. Theo em, điều đó là sai. Người trêu thì quên ngay, còn người bị trêu có khi nhớ mãi. Chúng ta nên gọi nhau bằng tên và tôn trọng sự khác biệt của mỗi người.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Có bạn cho rằng gọi bạn bè là đồ ngốc, đồ lùn chỉ là trêu cho vui. Theo em, điều đó là sai. Người trêu thì quên ngay, còn người bị trêu có khi nhớ mãi. Chúng ta nên gọi nhau bằng tên và tôn trọng sự khác biệt của mỗi người.",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "mày là đồ nhà quê",
      NC_CATEGORY_HATE, "đồ nhà quê", NC_EVIDENCE_LEXICON },
    /* (s15-dvi: a classmate likened to a character whose name is a
     * put-down, now a rule of its own, spans the likeness) */
    { "Thằng Nam nó ngu như Chí Phèo, suốt ngày say xỉn chửi bới, ai cũng ghét.",
      NC_CATEGORY_INSULT, "Thằng Nam nó ngu như Chí Phèo", NC_EVIDENCE_LEXICON },
    { "Em thấy gọi bạn là đồ nhà quê là không nên. Nhưng có những đứa đúng là đồ nhà quê thật, ăn nói quê một cục. Ai cũng biết đứa đó là ai.",
      NC_CATEGORY_HATE, "đồ nhà quê", NC_EVIDENCE_LEXICON },
    { "Theo em gọi nhau là đồ điên là sai, nhưng cô bạn học cùng em từ năm lớp một đúng là đồ điên thật. Suốt ngày la hét, ai cũng sợ. Em chẳng muốn ngồi gần.",
      NC_CATEGORY_INSULT, "đồ điên", NC_EVIDENCE_LEXICON },
    { "Lão Hạc bảo thằng Mục, thằng Xiên trói cậu Vàng lại. Thằng Mục bàn bên cũng độc ác y như vậy, đồ mất dạy, đồ ăn hại, ai cũng ghét.",
      NC_CATEGORY_INSULT, "Lão", NC_EVIDENCE_NGRAM },
    { "Bá Kiến chửi Chí là thằng đầu bò. Cả lớp cũng gọi Tùng là thằng đầu bò, vì Tùng ngu như bò, nói mãi không hiểu.",
      NC_CATEGORY_INSULT, "chửi", NC_EVIDENCE_NGRAM },
    { "Người ta gọi Chí Phèo là thằng say, thằng điên. Thằng Toàn lớp em cũng là thằng say, thằng điên, đồ vô học, ai cũng tránh xa.",
      NC_CATEGORY_INSULT, "thằng điên", NC_EVIDENCE_LEXICON },
    { "Trong \"Chiếc thuyền ngoài xa\", lão chồng chửi vợ: \"Mày chết đi cho ông nhờ\". Em cũng muốn nói câu đó với thằng Vinh: \"Mày chết đi cho tao nhờ\".",
      NC_CATEGORY_VIOLENCE, "Mày chết đi", NC_EVIDENCE_LEXICON },
    { "Gọi bạn bè là đồ ngu là sai trái. Tuy vậy, gọi thằng Phong là đồ ngu thì chẳng sai chút nào, vì nó ngu thật.",
      NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
    /* the writer's own calling, a neighbour, "có một thằng Chí Phèo";
     * characters called "thằng", a judgement in the next sentence */
    { "Em thấy chê bạn béo là sai, ai cũng có quyền có thân hình của mình. Nên em không chê, em chỉ gọi bạn ấy là đồ béo thôi, vì bạn ấy béo thật mà. Cả lớp cũng cười theo em. Em thấy vui lắm.",
      NC_CATEGORY_INSULT, "đồ béo", NC_EVIDENCE_LEXICON },
    { "Trong giờ sinh hoạt, cô nói chê bạn là đồ lùn là không nên. Em và mấy bạn thì vẫn gọi bạn ấy là đồ lùn, vì bạn ấy lùn nhất lớp thật. Bạn ấy khóc nhưng kệ. Em thấy thế cũng chẳng sao.",
      NC_CATEGORY_INSULT, "đồ lùn", NC_EVIDENCE_LEXICON },
    { "Em đã học rằng gọi bạn là đồ xấu xí là bạo lực mạng. Dưới ảnh mới đăng của bạn cùng xóm, em vẫn bình luận: đồ xấu xí, đồ ma chê quỷ hờn. Nhiều bạn khác còn thả tim bình luận của em.",
      NC_CATEGORY_INSULT, "đồ xấu xí", NC_EVIDENCE_LEXICON },
    { "Trong truyện Chí Phèo, hắn chửi cả làng Vũ Đại. Ở khu em cũng có một thằng Chí Phèo, một thằng vô học, suốt ngày chửi bới hàng xóm, đồ mất dạy.",
      NC_CATEGORY_INSULT, "hắn chửi", NC_EVIDENCE_NGRAM },
    { "Thằng Chí Phèo trong truyện của Nam Cao là một kẻ đáng sợ. Hắn say rượu suốt ngày, vừa đi vừa chửi, ai không chửi lại thì hắn chửi cả cha cả mẹ người ta. Cả làng Vũ Đại không ai dám dây vào hắn. Nhưng em hiểu hắn trở nên như vậy là do Bá Kiến và nhà tù thực dân. Đến khi gặp Thị Nở, hắn lại muốn làm người lương thiện.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Thằng Chí Phèo trong truyện của Nam Cao là một kẻ đáng sợ. Hắn say rượu suốt ngày, vừa đi vừa chửi, ai không chửi lại thì hắn chửi cả cha cả mẹ người ta. Cả làng Vũ Đại không ai dám dây vào hắn. Nhưng em hiểu hắn trở nên như vậy là do Bá Kiến và nhà tù thực dân. Đến khi gặp Thị Nở, hắn lại muốn làm người lương thiện.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "A Sử là con trai thống lý Pá Tra, một thằng độc ác, ngang ngược. Hắn bắt Mị về làm vợ để trừ nợ cho nhà Mị, rồi đánh đập, trói Mị vào cột. Một lần đi chơi, A Sử bị A Phủ đánh ngã. Em thấy Tô Hoài đã vạch trần bộ mặt tàn bạo của bọn chúa đất.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "A Sử là con trai thống lý Pá Tra, một thằng độc ác, ngang ngược. Hắn bắt Mị về làm vợ để trừ nợ cho nhà Mị, rồi đánh đập, trói Mị vào cột. Một lần đi chơi, A Sử bị A Phủ đánh ngã. Em thấy Tô Hoài đã vạch trần bộ mặt tàn bạo của bọn chúa đất.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Theo em, việc đặt cho bạn những biệt danh như \"thằng còi\", \"con lé\" là không nên. Nhiều bạn cười vì thấy vui, nhưng người bị gọi thì rất buồn. Ai cũng muốn được gọi bằng tên thật của mình. Hãy tôn trọng bạn bè như tôn trọng chính mình.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Theo em, việc đặt cho bạn những biệt danh như \"thằng còi\", \"con lé\" là không nên. Nhiều bạn cười vì thấy vui, nhưng người bị gọi thì rất buồn. Ai cũng muốn được gọi bằng tên thật của mình. Hãy tôn trọng bạn bè như tôn trọng chính mình.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Có người nói gọi ai đó là đồ nhà quê chỉ là đùa. Em không nghĩ vậy, vì câu nói ấy coi thường cả một vùng quê, cả những người đã nuôi lớn chúng ta. Ông bà em ở quê, em rất tự hào về điều đó. Theo em, chê người khác quê mùa là thiếu tôn trọng.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Có người nói gọi ai đó là đồ nhà quê chỉ là đùa. Em không nghĩ vậy, vì câu nói ấy coi thường cả một vùng quê, cả những người đã nuôi lớn chúng ta. Ông bà em ở quê, em rất tự hào về điều đó. Theo em, chê người khác quê mùa là thiếu tôn trọng.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Theo em, chê bạn là đồ nghèo hay đồ ăn bám vì bạn mặc áo cũ là một hành vi xấu. Hoàn cảnh gia đình không phải do bạn ấy chọn. Thay vì chê bai, chúng ta có thể giúp bạn bằng những việc làm nhỏ. Lớp học chỉ thật sự vui khi không ai bị bỏ lại phía sau.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Theo em, chê bạn là đồ nghèo hay đồ ăn bám vì bạn mặc áo cũ là một hành vi xấu. Hoàn cảnh gia đình không phải do bạn ấy chọn. Thay vì chê bai, chúng ta có thể giúp bạn bằng những việc làm nhỏ. Lớp học chỉ thật sự vui khi không ai bị bỏ lại phía sau.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    /* a one-word character's name is a child's too: "Thằng Chí", "Thằng Tràng" */
    { "Chí Phèo chửi cả làng Vũ Đại. Thằng Chí ngồi cạnh em cũng chửi suốt ngày, đồ vô học, đồ mất dạy, chẳng ai thèm chơi.",
      NC_CATEGORY_INSULT, "Phèo chửi", NC_EVIDENCE_NGRAM },
    { "Vợ nhặt kể về anh Tràng nghèo khổ. Thằng Tràng trong đội bóng của em thì vừa xấu vừa ngu, đồ ăn hại, đá trận nào thua trận đó.",
      NC_CATEGORY_INSULT, "xấu", NC_EVIDENCE_NGRAM },
    /* anyone's friend called names in an essay; the writer calling a
     * friend names ("Mình thì cứ gọi bạn mình là đồ ngu") */
    { "Nhiều bạn học sinh hay gọi bạn mình là đồ nhà quê, đồ béo chỉ để trêu cho vui. Theo em, đó là một kiểu bạo lực. Lời nói đùa vô tình có thể làm người nghe tổn thương rất lâu. Chúng ta hãy gọi nhau bằng tên.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Nhiều bạn học sinh hay gọi bạn mình là đồ nhà quê, đồ béo chỉ để trêu cho vui. Theo em, đó là một kiểu bạo lực. Lời nói đùa vô tình có thể làm người nghe tổn thương rất lâu. Chúng ta hãy gọi nhau bằng tên.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Người ta bảo gọi bạn mình là đồ ngu là thiếu tôn trọng. Mình thì cứ gọi bạn mình là đồ ngu, vì bạn ấy ngu thật, làm gì cũng hỏng. Kệ, đúng thì nói.",
      NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
    { "Chí Phèo say rượu rồi chửi cả làng Vũ Đại. Hôm qua em cũng chửi hắn là thằng say, thằng vô học, đồ ăn hại, vì hắn cứ trêu em mãi. Em thấy chửi như vậy mới hả giận.",
      NC_CATEGORY_INSULT, "chửi", NC_EVIDENCE_NGRAM },
  };

  assert_span_cases (compo, G_N_ELEMENTS (compo), "vi");
}

/* (sixteenth round, s16-compo) A Vietnamese composition on a work of
 * grades 6-9: a form of address told as what one calls another (Dế Mèn
 * "gọi Choắt là chú mày"), a character's words in quotation marks ("nhà
 * ta"), a sexual name told as what one character calls another (Tú Bà
 * "mắng là đồ con đĩ"), "từ một thằng ma cà bông", a character's own
 * home ("sang nhà mình"), a character's quoted "mẹ mày", the works the
 * lists lacked, a threat told as what a victim suffered ("bị bảo đi chết
 * đi"): no warning. The same words aimed at a classmate, or the
 * writer's own calling, still warn. */
static void
test_vi_r16_compo (void)
{
  static const SpanCase compo[] = {
    { "Trong \"Bài học đường đời đầu tiên\", Dế Mèn chê Dế Choắt hôi như cú mèo và gọi Choắt là chú mày một cách kiêu căng, hợm hĩnh. Chính thói xấc xược ấy đã gây ra cái chết của người bạn hàng xóm.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Trong Truyện Kiều, Thúy Kiều bị Tú Bà mắng là đồ con đĩ và ép phải tiếp khách ở lầu xanh. Nguyễn Du đã lên án xã hội đồng tiền chà đạp lên nhân phẩm người phụ nữ.",
      NC_CATEGORY_SEXUAL, NULL, NC_EVIDENCE_LEXICON },
    { "Trong \"Số đỏ\", Xuân Tóc Đỏ từ một thằng ma cà bông nhặt bóng quần vợt bỗng trở thành \"me-xừ Xuân\", \"đốc tờ Xuân\". Vũ Trọng Phụng đã chế giễu xã hội thượng lưu lố lăng, giả dối.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Trong Cho tôi xin một vé đi tuổi thơ, bọn trẻ gọi nhau là đồ ngốc nhưng đó là những trò đùa hồn nhiên của tuổi thơ.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Bùi Kiệm là kẻ háo sắc, học dốt mà thi trượt, còn Võ Thể Loan thì bội ước, thấy Vân Tiên bị mù liền bỏ. Nguyễn Đình Chiểu đã đặt những kẻ xấu ấy bên cạnh Vân Tiên và Nguyệt Nga để ca ngợi người tốt.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (must warn) "chú mày" not told as a calling; the writer's own
     * calling; "mày" called so by the crowd; a class's "một thằng" */
    { "Trong Bài học đường đời đầu tiên, Dế Mèn gọi Choắt là chú mày. Còn chú mày thì hôi như cú mèo thật đấy, tránh xa tao ra.",
      NC_CATEGORY_INSULT, "mày thì hôi như cú mèo", NC_EVIDENCE_LEXICON },
    { "Trong Truyện Kiều, Tú Bà mắng Kiều là đồ con đĩ và bắt nàng tiếp khách. Em cũng gọi bạn ấy là đồ con đĩ, vì bạn ấy suốt ngày đi với con trai.",
      NC_CATEGORY_SEXUAL, "đồ con đĩ", NC_EVIDENCE_LEXICON },
    { "Truyện Kiều có đoạn Tú Bà chửi Kiều là con đĩ, y như mọi người chửi mày là con đĩ vậy đó.",
      NC_CATEGORY_SEXUAL, "con đĩ", NC_EVIDENCE_LEXICON },
    { "Trong Số đỏ, Xuân từ một thằng ma cà bông trở thành đốc tờ. Lớp mình cũng có một thằng ma cà bông như thế, thằng Hiếu đấy.",
      NC_CATEGORY_INSULT, "", NC_EVIDENCE_MODEL },
    { "Bạn Kiều Phương lớp 6A mặt lúc nào cũng nhọ nhem như mèo, xấu như ma, chẳng ai thèm chơi với nó.",
      NC_CATEGORY_INSULT, "nhọ nhem", NC_EVIDENCE_NGRAM },
    /* a character's own home ("sang nhà mình" after a character's name
     * in its sentence); the writer's, or a girl who comes to it, warns */
    { "Dế Mèn lúc đầu là một chàng dế cường tráng nhưng xốc nổi. Mèn gọi hàng xóm là Dế Choắt, chê Choắt gầy gò, hôi như cú mèo và không cho đào ngách sang nhà mình. Đến khi Choắt chết vì trò đùa của Mèn, Mèn mới hối hận, đứng lặng hồi lâu trước nấm mồ. Tô Hoài đã gửi đến bạn đọc nhỏ tuổi bài học về thói kiêu căng.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Dế Mèn chê Dế Choắt hôi như cú mèo. Bà hàng xóm nhà mình cũng hôi như cú mèo y như Choắt, đồ bẩn thỉu. Ai cũng tránh bà ấy.",
      NC_CATEGORY_INSULT, "hôi như cú mèo", NC_EVIDENCE_LEXICON },
    { "Trong truyện Dế Mèn, Mèn chê Choắt hôi như cú mèo, còn con bé hay sang nhà mình chơi cũng hôi như cú mèo, đồ bẩn thỉu. Em chẳng muốn chơi với nó nữa.",
      NC_CATEGORY_INSULT, "chê Choắt hôi như cú mèo", NC_EVIDENCE_LEXICON },
    /* a kinsman and "mày" in a character's words quoted (the aunt's "mẹ
     * mày", your mother); the writer's own quotation, or outside one,
     * still warns */
    { "Đoạn trích \"Trong lòng mẹ\" của Nguyên Hồng kể lại cuộc trò chuyện giữa bé Hồng và bà cô. Bà cô cười hỏi: \"Hồng! Mày có muốn vào Thanh Hóa chơi với mẹ mày không?\". Những lời ấy ngọt ngào mà chứa đầy sự mỉa mai, cay độc, cố gieo vào đầu đứa bé sự khinh miệt người mẹ. Hồng cười dài trong tiếng khóc và vẫn một lòng yêu thương mẹ. Em cảm phục tình yêu mẹ của chú bé.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Đọc Những ngày thơ ấu, em nhớ lời bà cô nói với bé Hồng. Em muốn nói với thằng Khôi bàn bên: \"Mày có muốn vào Thanh Hóa chơi với mẹ mày không?\". Nhà nó nghèo lắm.",
      NC_CATEGORY_INSULT, "mẹ mày", NC_EVIDENCE_LEXICON },
    { "Trong Những ngày thơ ấu, bà cô hỏi bé Hồng có muốn vào Thanh Hóa thăm mẹ không. Tao thì hỏi luôn: \"mẹ mày bán hàng ngoài chợ à?\". Cả lớp cười ầm lên.",
      NC_CATEGORY_INSULT, "mẹ mày", NC_EVIDENCE_LEXICON },
    /* a threat told as what a victim suffered, in an essay on a problem;
     * approved ("là đáng lắm") or the writer's own, it still blocks */
    { "Bạo lực mạng có nhiều hình thức: chửi bới, bêu xấu, tung ảnh riêng tư, rủ người khác vào chế giễu. Nạn nhân bị gọi là đồ ngu, đồ xấu xí, thậm chí bị bảo đi chết đi. Chúng ta phải biết tự bảo vệ mình và báo cho người lớn.",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "Bạo lực mạng có nhiều hình thức: chửi bới, bêu xấu, tung ảnh riêng tư. Nạn nhân bị gọi là đồ ngu, đồ xấu xí. Những đứa như vậy bị bảo đi chết đi là đáng lắm.",
      NC_CATEGORY_VIOLENCE, "đi chết đi", NC_EVIDENCE_LEXICON },
    { "Bạo lực mạng có nhiều hình thức: chửi bới, bêu xấu, tung ảnh riêng tư. Nạn nhân bị gọi là đồ ngu, đồ xấu xí. Ai đọc bài này mà còn bắt nạt người khác thì đi chết đi.",
      NC_CATEGORY_VIOLENCE, "đi chết đi", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (compo, G_N_ELEMENTS (compo), "vi");
}

/* Vietnamese compositions of the seventeenth round (s17-compo): a swear
 * word a character curses, a man married ("lấy một thằng"), essays on a
 * game habit, examples quoted after "những câu như", the writer's own
 * fault told with its apology, what someone suffered told in a
 * composition (a list of names, a quotation), "bây giờ" and an unmarked
 * "may"; each with rows that must still warn. */
static void
test_vi_r17_compo (void)
{
  static const SpanCase compo[] = {
    { "Chí Phèo vừa đi vừa chửi. Hắn chửi trời, chửi đời, chửi cả làng Vũ Đại, rồi chửi đứa chết mẹ nào đã đẻ ra thân hắn. Nhưng không ai thèm đáp lại, vì thế hắn càng cô độc.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Bát cháo hành của Thị Nở đã đánh thức phần người trong Chí Phèo. Nhưng bà cô Thị Nở lại mắng cháu là đâm đầu đi lấy một thằng chỉ có một nghề là rạch mặt ăn vạ.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Ngày nay, nhiều bạn trẻ nghiện game đến mức bỏ học, trộm tiền của bố mẹ, thậm chí đánh cả người thân khi bị ngăn cấm. Đó là một thực trạng đáng báo động.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Trong bài văn nghị luận, em xin được nêu ý kiến: những câu như \"mày béo như heo\", \"mày đen như than\" không phải lời đùa, đó là lời miệt thị, và người nói cần phải xin lỗi.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Kể lại một lần em mắc lỗi: Hôm ấy, vì tức giận, em đã gọi bạn Minh là \"đồ ngu\" trước cả lớp. Minh bật khóc. Tối về em không ngủ được và hôm sau em đã xin lỗi bạn.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Trong lớp em từng có chuyện một bạn bị trêu là đồ lùn, đồ xấu xí suốt cả năm học. Bạn ấy trở nên ít nói và học sa sút. Qua chuyện đó em hiểu lời nói cũng có thể làm người khác bị thương.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Ở lớp mới, tớ bị một nhóm bạn trêu là \"con nhà quê\" vì giọng nói. Tớ buồn lắm nhưng tớ đã kể với cô và giờ mọi chuyện đã ổn rồi.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Mẹ em là công nhân may. Bàn tay mẹ chai sần, thô ráp vì làm việc vất vả. Có lần em đã lỡ nói mẹ \"quê mùa\" trước mặt bạn bè, đến bây giờ em vẫn còn hối hận.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Ở lớp mới, tớ bị một nhóm bạn trêu là \"con nhà quê\" vì giọng nói. Tớ buồn lắm nhưng tớ đã kể với cô và giờ mọi chuyện đã ổn rồi.",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    /* (must warn) the writer curses a classmate after the character;
     * a regret denied; a classmate named with contempt, or the name
     * passed on as true; an example turned on a classmate; "mày" by
     * "thợ may mà" */
    { "Chí Phèo vừa đi vừa chửi. Hắn chửi đứa chết mẹ nào đã đẻ ra thân hắn. Còn tôi thì chửi thằng Quân lớp tôi, đồ chó chết.",
      NC_CATEGORY_INSULT, "Hắn chửi đứa", NC_EVIDENCE_NGRAM },
    { "Tao gọi thằng Minh là đồ ngu đấy, tao không hối hận.",
      NC_CATEGORY_INSULT, "thằng Minh", NC_EVIDENCE_NGRAM },
    { "tao bảo m là đồ ăn hại đấy, hối hận đâu mà hối hận",
      NC_CATEGORY_INSULT, "m là đồ ăn hại", NC_EVIDENCE_LEXICON },
    { "Con Hà bàn bên bị cả lớp gọi là đồ xấu xí suốt cả năm học. Em thấy cả lớp gọi như thế là đúng. Chẳng ai muốn chơi với một đứa vừa xấu vừa dốt như vậy cả.",
      NC_CATEGORY_INSULT, "đồ xấu xí", NC_EVIDENCE_LEXICON },
    { "Bạn Hà bàn bên bị cả lớp gọi là đồ xấu xí, xấu thật sự. Bạn ấy chẳng có ai chơi cùng. Em thấy cũng chẳng lạ vì bạn ấy vừa xấu vừa hôi nữa.",
      NC_CATEGORY_INSULT, "đồ xấu xí", NC_EVIDENCE_LEXICON },
    { "Những câu như \"mày béo như heo\" là miệt thị, nhưng con Mai lớp em thì béo như heo thật.",
      /* (s18-vi: the quoted likeness "mày béo như heo" is now one match,
       * hidden by the words quoted; what is said of con Mai warns) */
      NC_CATEGORY_INSULT, "béo như heo", NC_EVIDENCE_LEXICON },
    { "Thợ may mà mày cũng không biết, đồ ngu.",
      NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (compo, G_N_ELEMENTS (compo), "vi");
}

/* (eighteenth round, s18-compo) A Vietnamese draft composed as a pupil
 * writes (vi_composed(): marks, two capitalised sentences or more, 18
 * words) that addresses, names and quotes to no one: the model's words
 * and the mined phrases that wait for its verdict do not warn, whatever
 * the composition is about; a name after a place's or a character's
 * title word is no one's ("vụ thảm sát Mỹ Lai"). The same shape that
 * names its classmate ("Thằng Phúc lớp em", "Bạn Tuấn", "một đứa tên
 * Linh", "bé Thảo" with a put-down) still warns. */
static void
test_vi_r18_compo (void)
{
  static const SpanCase compo[] = {
    { "Đến thăm bảo tàng, em thấy ảnh những vụ thảm sát Mỹ Lai và những nạn nhân chất độc da cam. Em căm ghét chiến tranh và mong hòa bình mãi mãi.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Tin đồn trên mạng có thể khiến một người bị chửi bới, bị dọa giết dù không làm gì sai. Vì vậy trước khi chia sẻ, chúng ta hãy kiểm chứng thông tin.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (must warn) */
    { "Thằng Phúc lớp em hay lấy đồ của bạn rồi chối. Cả lớp đều biết nó là kẻ ăn trộm, chẳng ai thèm chơi với nó.",
      NC_CATEGORY_INSULT, "trộm", NC_EVIDENCE_NGRAM },
    { "Bạn Tuấn ngồi cạnh em lúc nào cũng bị chửi bới, bị dọa đánh. Em thấy Tuấn đáng bị như vậy vì Tuấn quá ngu.",
      NC_CATEGORY_INSULT, "chửi", NC_EVIDENCE_NGRAM },
    { "Trong lớp có một đứa tên Linh, suốt ngày bị chửi bới vì nghèo. Linh bẩn thỉu và hôi lắm, chẳng ai muốn ngồi gần.",
      NC_CATEGORY_INSULT, "chửi", NC_EVIDENCE_NGRAM },
    { "Em xin kể về bé Thảo. Bé ấy xấu như ma, đen như than, lại còn hay mách lẻo. Chẳng ai thèm chơi với một đứa như thế.",
      NC_CATEGORY_INSULT, "xấu như ma", NC_EVIDENCE_LEXICON },
    /* an animal or a place described (vi_described_topic(),
     * vi_said_of_animal()) and examples quoted (vi_example_of_no_one()) */
    { "Nhà em có nuôi một chú lợn tên là Ủn. Chú béo ú, bụng phệ, suốt ngày chỉ đòi ăn. Tuy bẩn thỉu một chút nhưng chú rất hiền.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Bãi rác cuối làng em rộng lắm. Mùa hè, nước rác chảy ra đen kịt, bẩn thỉu, ngấm cả xuống ruộng lúa.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Trên mạng có những bình luận ác ý như \"ngu như bò\", \"đi chết đi\". Những lời ấy có thể làm người khác tổn thương rất nhiều.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (must warn) a person described so, one likened to the animal, a
     * name in the example, a comment spoken */
    { "Người em ghét nhất là cô bạn ngồi cạnh. Cô ta vừa béo ú vừa bẩn thỉu, suốt ngày chỉ biết ăn với ngủ.",
      NC_CATEGORY_INSULT, "bẩn thỉu", NC_EVIDENCE_LEXICON },
    { "Con lợn nhà em béo ú, bẩn thỉu, giống hệt đứa ngồi cạnh em trong lớp. Nó ăn suốt ngày mà chẳng làm được gì.",
      NC_CATEGORY_INSULT, "bẩn thỉu", NC_EVIDENCE_LEXICON },
    { "Những câu như \"Lan là đồ ngu\", \"Lan béo như heo\" thật độc ác. Nhưng mà đúng thật.",
      NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
    { "Mấy đứa lớp bên toàn nói những câu như \"đồ ngu\". Thôi kệ tụi nó đi, học bài đi nhé!",
      NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (compo, G_N_ELEMENTS (compo), "vi");
}

/* (thirteenth round, s13-help) What others said or wrote to the child,
 * told by the child asking for help, is no put-down (told_of_me() in
 * Vietnamese; allow rules flagged "unaimed" in English); the speaker's
 * own put-down, one passed on, ordered, affirmed or turned on someone
 * still warns. */
/* Vietnamese unkind kinds of the sixteenth round (s16-vi), each rule with a
 * case that must warn (with and without marks, wrapped in "sorry", "lol
 * jk", "mẹ ơi", "cô ơi", "trong truyện") and an everyday twin that must
 * not: self-harm urged on someone (the news, a swimming lesson, a child's
 * own despair, "treo co" typed without marks, a warning against it), an
 * address given out with a crowd invited to go there (friends asked round
 * to watch football or study), a speech flaw or a disability then an
 * order to keep them out or from presenting (a child's own stutter, a
 * brother cared for), "mù à mà" (a grandmother blind in one eye), a face
 * flaw then "who would look" or what was posted (a question about acne),
 * "câm" beside sign language, intensifiers and game talk. */
static void
test_vi_r16 (void)
{
  static const SpanCase r16[] = {
    { "Sao mày không nhảy lầu luôn đi cho cả lớp nhẹ nợ", NC_CATEGORY_VIOLENCE,
      "Sao mày không nhảy lầu luôn đi", NC_EVIDENCE_LEXICON },
    { "sao may ko nhay lau luon di", NC_CATEGORY_VIOLENCE,
      "sao may ko nhay lau luon di", NC_EVIDENCE_LEXICON },
    { "Mày cứ rạch tay tiếp đi, chả ai quan tâm đâu", NC_CATEGORY_VIOLENCE,
      "Mày cứ rạch tay tiếp đi", NC_EVIDENCE_LEXICON },
    { "Nếu tao là mày thì tao nhảy cầu lâu rồi", NC_CATEGORY_VIOLENCE,
      "Nếu tao là mày thì tao nhảy cầu", NC_EVIDENCE_LEXICON },
    { "Sorry nhưng nếu tao là mày thì tao treo cổ lâu rồi", NC_CATEGORY_VIOLENCE,
      "nếu tao là mày thì tao treo cổ", NC_EVIDENCE_LEXICON },
    { "lol jk, mày nhảy sông luôn đi cho xong", NC_CATEGORY_VIOLENCE,
      "mày nhảy sông luôn đi cho xong", NC_EVIDENCE_LEXICON },
    { "Mày uống thuốc chuột đi, sống làm gì nữa", NC_CATEGORY_VIOLENCE,
      "uống thuốc chuột đi", NC_EVIDENCE_LEXICON },
    { "Một người đàn ông nhảy lầu từ tầng 5 chung cư, đã được đưa đi cấp cứu", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Thầy dạy bơi bảo nhảy xuống sông phải mặc áo phao", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "chan qua t nhay lau luon di cho xong", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "m treo co len di, mai le quoc khanh", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Đừng bao giờ nghĩ đến chuyện tự tử nhé, có chuyện gì cứ nói với mẹ", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nhà nó ở số 12 ngõ 45 Trần Duy Hưng, đứa nào ghét nó thì cứ đến mà hỏi thăm", NC_CATEGORY_VIOLENCE,
      "đứa nào ghét nó thì cứ đến mà hỏi thăm", NC_EVIDENCE_LEXICON },
    { "dua nao ghet con yen thi cu den nha no ma hoi tham, so 5 ngo 7", NC_CATEGORY_VIOLENCE,
      "dua nao ghet con yen thi cu den nha no", NC_EVIDENCE_LEXICON },
    { "Địa chỉ nhà thằng Lộc nè, anh em tối nay qua ném trứng", NC_CATEGORY_VIOLENCE,
      "anh em tối nay qua ném trứng", NC_EVIDENCE_LEXICON },
    /* (lead: no peace threatened; "không yên tâm" is worry) */
    { "tao ma gap may ngoai duong thi may khong yen dau", NC_CATEGORY_VIOLENCE,
      "may khong yen dau", NC_EVIDENCE_LEXICON },
    { "mai thi rồi mà mày không yên tâm đâu nhỉ", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    /* (lead: a lisp sent home to learn Vietnamese again) */
    { "may noi ngong the thi ve nha hoc lai tieng viet di", NC_CATEGORY_INSULT,
      "may noi ngong the thi ve nha hoc lai tieng viet", NC_EVIDENCE_LEXICON },
    { "bạn Jenny nói tiếng Việt còn ngọng, cuối tuần bạn ấy về học lại tiếng Việt ở trung tâm",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (lead: the writer's friendship the price of befriending someone) */
    { "dua nao choi voi con Mai thi dung choi voi tao nua", NC_CATEGORY_INSULT,
      "dua nao choi voi con Mai thi dung choi voi tao", NC_EVIDENCE_LEXICON },
    { "ai thích chơi cờ vua thì đừng chơi với tớ, tớ toàn thua", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    /* (lead: banging on the door, of "nó" only) */
    { "nhà nó ở ngõ 5, anh em rảnh thì qua đập cửa nhà nó", NC_CATEGORY_VIOLENCE,
      "anh em rảnh thì qua đập cửa nhà nó", NC_EVIDENCE_LEXICON },
    { "anh em ơi qua đập cửa nhà tớ gọi tớ dậy đi học với", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "ae toi nay qua nha t xem bong da nhe", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nhà tớ ở số 8 ngõ 10 Lạc Long Quân, mai cả nhóm cứ đến nhà tớ làm bài nhé", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mẹ ơi, nhà con Yến ở ngõ 7 Hào Nam, đứa nào ghét nó thì cứ đến hỏi thăm", NC_CATEGORY_VIOLENCE,
      "đứa nào ghét nó thì cứ đến hỏi thăm", NC_EVIDENCE_LEXICON },
    { "Nói lắp thế thì đừng có lên thuyết trình, cả lớp nghe mệt lắm", NC_CATEGORY_INSULT,
      "Nói lắp thế thì đừng có lên", NC_EVIDENCE_LEXICON },
    { "Cô ơi, thằng Đạt nói ngọng thế thì đừng cho nó lên đọc bài nữa ạ", NC_CATEGORY_INSULT,
      "nói ngọng thế thì đừng cho nó lên", NC_EVIDENCE_LEXICON },
    { "Em bị nói lắp từ nhỏ, mai em phải lên thuyết trình, em run lắm", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nó bị tự kỷ đấy, chơi với nó làm gì cho mệt", NC_CATEGORY_INSULT,
      "tự kỷ đấy, chơi với nó làm gì", NC_EVIDENCE_LEXICON },
    { "Đùa thôi, nó bị tự kỷ đấy, đừng ai chơi với nó", NC_CATEGORY_INSULT,
      "tự kỷ đấy, đừng ai chơi với nó", NC_EVIDENCE_LEXICON },
    { "Em trai mình bị tự kỷ, cả nhà đang học cách nói chuyện với em", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mù à mà đi đâm vào người ta, mắt để làm cảnh à", NC_CATEGORY_INSULT,
      "Mù à mà", NC_EVIDENCE_LEXICON },
    { "mu a ma ko thay duong, di dam vao nguoi ta", NC_CATEGORY_INSULT,
      "mu a ma", NC_EVIDENCE_LEXICON },
    { "Bà ngoại mình bị mù một mắt nhưng vẫn khâu vá giỏi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mặt mụn chi chít thế thì ai mà thèm nhìn", NC_CATEGORY_INSULT,
      "Mặt mụn chi chít thế thì ai mà thèm nhìn", NC_EVIDENCE_LEXICON },
    { "mat mun chi chit the thi ai ma them nhin", NC_CATEGORY_INSULT,
      "mat mun chi chit the thi ai ma them nhin", NC_EVIDENCE_LEXICON },
    { "Mụn mọc chi chít ở trán thì nên rửa mặt bằng gì hả mọi người", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Ảnh con Nhi mặt đầy mụn mà còn đăng lên nhóm lớp", NC_CATEGORY_INSULT,
      "mặt đầy mụn mà còn đăng", NC_EVIDENCE_LEXICON },
    { "Cả lớp mình cùng học ngôn ngữ ký hiệu để nói chuyện với bạn Hoa bị câm", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Học ngôn ngữ ký hiệu làm gì, câm mồm đi", NC_CATEGORY_INSULT,
      "câm mồm", NC_EVIDENCE_LEXICON },
    /* (the lead's kind of attack, tried on the catching rules: diving, a
     * sleepless friend, a sleeve, a game with eggs, a swim) */
    { "Sao mày không nhảy cầu đi, bể bơi mở rồi mà", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "mày nên uống thuốc ngủ đi, mất ngủ mấy hôm rồi", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mày cứ cắt tay áo đi cho mát", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "cả bọn ném trứng vào nhau trong trò chơi trung thu", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "nóng quá, nhảy sông đi ae", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mệt chết đi được, hôm nay học ba ca liền", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Chết rồi, hồi sinh tao với", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },

  };

  assert_span_cases (r16, G_N_ELEMENTS (r16), "vi");
}

static void
test_r13_told (void)
{
  static const SpanCase told_vi[] = {
    /* a third person, a verb of saying, the writer as its object */
    { "bạn Hùng nói con xấu như ma, con buồn lắm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "có đứa nhắn tin bảo em đi chết đi, em sợ quá", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "tao nói mày ngu thì sao", NC_CATEGORY_INSULT, "mày ngu", NC_EVIDENCE_NGRAM },
    { "bảo nó đi chết đi", NC_CATEGORY_VIOLENCE, "đi chết đi", NC_EVIDENCE_LEXICON },
    { "nói với con Lan là nó béo như lợn", NC_CATEGORY_INSULT, "nó béo như lợn", NC_EVIDENCE_LEXICON },
    { "tụi nó bảo con Hoa béo như lợn", NC_CATEGORY_INSULT, "con Hoa béo như lợn", NC_EVIDENCE_LEXICON },
    { "anh nói em ngu thì sao", NC_CATEGORY_INSULT, "ngu", NC_EVIDENCE_LEXICON },
    /* the writer "bị" it */
    { "em bị bạn cùng bàn chửi là ngu như bò", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tớ bị mấy đứa lớp bên chửi là đồ nhà quê", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "em bị tụi nó chửi là đồ ngu, mà tụi nó mới là đồ ngu", NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
    { "bảo nó là đồ ngu đi", NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
    /* written under the writer's picture */
    { "có người đăng ảnh em rồi ghi là đồ điên bên dưới", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "đăng ảnh em nó lên nhóm rồi ghi là đồ điên đi", NC_CATEGORY_INSULT, "đồ điên", NC_EVIDENCE_LEXICON },
    /* written on the writer's things */
    { "bạn Tú viết lên bàn em là đồ ngu", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "cô ơi bạn Long viết lên bàn em chữ đồ ngốc", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "viết lên bàn nó chữ đồ ngốc đi", NC_CATEGORY_INSULT, "đồ ngốc", NC_EVIDENCE_LEXICON },
    { "bạn ấy ghi vào vở em nó là đồ ngu", NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
    /* passed on as true, turned on "mày" */
    { "mọi người nói em xấu như ma đấy, em biết chưa", NC_CATEGORY_INSULT, "xấu như ma", NC_EVIDENCE_LEXICON },
    { "cả lớp bảo em đi chết đi kìa", NC_CATEGORY_VIOLENCE, "đi chết đi", NC_EVIDENCE_LEXICON },
    { "tớ bị mấy đứa lớp bên trêu là đồ mập, tớ ngại đi ngang lớp đó lắm", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    /* "đồ" before a hit that does not hold it */
    { "bạn Quân cứ gọi em là đồ bốn mắt, em không muốn đeo kính nữa", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "bạn ấy nói em xấu như ma? nói lại xem, mày mới xấu", NC_CATEGORY_INSULT, "xấu như ma",
      NC_EVIDENCE_LEXICON },
  };
  static const SpanCase told_toneless[] = {
    { "co dua nhan tin bao em di chet di, em so qua", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "me oi ban ay noi con xau nhu ma", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ban ay noi em xau nhu ma? noi lai xem, may moi xau", NC_CATEGORY_INSULT, "xau nhu ma",
      NC_EVIDENCE_LEXICON },
  };
  static const SpanCase told_en[] = {
    { "someone posted a picture of me and wrote loser under it", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "write loser under her picture", NC_CATEGORY_INSULT, "loser", NC_EVIDENCE_LEXICON },
    { "a girl in my class said i look like a pig", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "she said i look like a pig lol, she looks like a cow", NC_CATEGORY_INSULT, "she looks like a cow",
      NC_EVIDENCE_CONTEXT },
    { "a kid on the bus keeps calling me fatso", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "call me fatso again and see what happens", NC_CATEGORY_INSULT, "fatso", NC_EVIDENCE_LEXICON },
    { "someone made a fake account and posted that i'm a freak", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "someone posted that i'm a freak, well ur a freak too", NC_CATEGORY_INSULT, "ur a freak",
      NC_EVIDENCE_LEXICON },
    { "they wrote ugly on my locker", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "someone wrote loser all over my desk", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "my cousin keeps posting that i'm a crybaby", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i wrote loser on my brother's forehead", NC_CATEGORY_INSULT, "loser", NC_EVIDENCE_LEXICON },
    { "they kicked me out of the group chat", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "let's kick her out of the group chat", NC_CATEGORY_INSULT, "kick her out of the group",
      NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (told_vi, G_N_ELEMENTS (told_vi), "vi");
  assert_span_cases (told_toneless, G_N_ELEMENTS (told_toneless), NULL);
  assert_span_cases (told_en, G_N_ELEMENTS (told_en), "en");
}

/* (twelfth round, s12-vistory) Waters and rubbish described by their
 * smell ("hôi như" flagged things); a likeness's word after "như" is not
 * what it is said of */
static void
test_vi_r12_smell (void)
{
  static const SpanCase smell[] = {
    { "Nước ở con mương này hôi như trứng thối", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Thùng rác hôi như gì ấy, ai đổ đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Con Trang hôi như chuột chết ấy", NC_CATEGORY_INSULT, "Con Trang hôi như chuột chết", NC_EVIDENCE_LEXICON },
    { "mày hôi như nước cống", NC_CATEGORY_INSULT, "mày hôi như nước", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (smell, G_N_ELEMENTS (smell), "vi");
}

/* Vietnamese kinds of the twelfth round (s12-vi): a picture of someone
 * posted for the group to laugh at, looks mocked with a pretension, a
 * child named after "con", "thằng" blocked or left unanswered, an ethnic
 * group's children as "mấy đứa dân tộc", speech mocked, letters stretched
 * past the lexicon; and exclusion words in a story or a past event told.
 * Each with a twin that must not warn: a baby's picture for the
 * grandparents, one's own surprise, a mother's care, a game's bot, a
 * scam warning, a child asking the family, a baby's lisp, corn, a kind
 * child's words, the match girl, a stranger's number "all scams". */
static void
test_vi_r12 (void)
{
  static const SpanCase r12[] = {
    /* (s12-tone2) the span takes the verb that posts the picture, which
     * also counts without marks */
    { "Đăng ảnh con Mai lúc ngủ gật lên nhóm lớp cho cả lớp cười đi", NC_CATEGORY_INSULT,
      "Đăng ảnh con Mai lúc ngủ gật lên nhóm lớp cho cả lớp cười", NC_EVIDENCE_LEXICON },
    { "Ai chụp ảnh bé Na ngủ gật trên xe thì gửi vào nhóm gia đình nha", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Quay clip nó khóc rồi đăng lên nhóm cho nó nhục", NC_CATEGORY_INSULT,
      "clip nó khóc rồi đăng lên nhóm cho nó nhục", NC_EVIDENCE_LEXICON },
    { "Bố quay clip em Bin tập đi rồi gửi vào nhóm cho ông bà xem", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Tao đăng ảnh dìm con Thảo lên nhóm rồi, vào xem mà cười", NC_CATEGORY_INSULT,
      "ảnh dìm con Thảo lên nhóm", NC_EVIDENCE_LEXICON },
    { "Tớ gửi ảnh chụp cả lớp lên nhóm rồi, vào xem đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Ghép mặt con Vy vào ảnh con khỉ rồi đăng lên nhóm đi", NC_CATEGORY_INSULT,
      "Ghép mặt con Vy vào ảnh con khỉ", NC_EVIDENCE_LEXICON },
    { "Ghép mặt tớ vào ảnh siêu nhân đi, ngầu lắm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Mày tưởng mày xinh lắm à, nhìn lại cái mặt đi", NC_CATEGORY_INSULT,
      "Mày tưởng mày xinh lắm à, nhìn lại cái mặt", NC_EVIDENCE_LEXICON },
    { "Tớ tưởng tớ xinh lắm, ai ngờ ảnh thẻ xấu tệ", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Tưởng mình là hot girl à, nhìn lại bản thân đi", NC_CATEGORY_INSULT,
      "Tưởng mình là hot girl à, nhìn lại bản thân", NC_EVIDENCE_LEXICON },
    { "Mẹ bảo soi gương lại đi, cổ áo bị lệch kìa", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Cả nhóm block hết con Linh đi, cho nó cô đơn", NC_CATEGORY_INSULT,
      "Cả nhóm block hết con Linh đi", NC_EVIDENCE_LEXICON },
    { "Cả nhà block hết mấy số gọi quảng cáo đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ca nhom block het con Linh di", NC_CATEGORY_INSULT,
      "ca nhom block het con Linh di", NC_EVIDENCE_LEXICON },
    { "Cả nhóm block con bot spam đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Đừng ai rep tin nhắn của con Hà nhé", NC_CATEGORY_INSULT,
      "Đừng ai rep tin nhắn của con", NC_EVIDENCE_LEXICON },
    { "Đừng ai rep tin nhắn lạ hỏi mật khẩu nhé", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Từ mai cả nhóm không ai rep con Ngọc nữa nhé", NC_CATEGORY_INSULT,
      "cả nhóm không ai rep con", NC_EVIDENCE_LEXICON },
    { "Bố mẹ ơi sao không ai rep con thế", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Đứa nào còn nhắn tin với con Hà là tao block luôn", NC_CATEGORY_INSULT,
      "Đứa nào còn nhắn tin với con Hà là tao block", NC_EVIDENCE_LEXICON },
    { "Đứa nào nhắn tin với cô chủ nhiệm thì nhắc cô mai nghỉ nhé", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nói ngọng như mày thì về học lại lớp 1 đi", NC_CATEGORY_INSULT,
      "Nói ngọng như mày thì về học lại lớp 1", NC_EVIDENCE_LEXICON },
    { "Em bé nhà tớ nói ngọng đáng yêu lắm, cứ gọi \"nàm bài\"", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nói lắp thế thì đừng có thuyết trình, mất thời gian cả lớp", NC_CATEGORY_INSULT,
      "Nói lắp thế thì đừng có thuyết trình", NC_EVIDENCE_LEXICON },
    { "Bạn Minh hơi nói lắp nhưng thuyết trình rất tự tin", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Đồ ngoooo", NC_CATEGORY_INSULT, "Đồ ngoooo", NC_EVIDENCE_LEXICON },
    { "Bắp ngôooo nướng thơm quá", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Đồ ngốooo", NC_CATEGORY_INSULT, "Đồ ngốooo", NC_EVIDENCE_LEXICON },
    { "Mẹ ơiiii con về rồi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Mấy đứa dân tộc lớp mình hôi lắm, đừng chơi", NC_CATEGORY_HATE,
      "Mấy đứa dân tộc lớp mình hôi lắm", NC_EVIDENCE_LEXICON },
    { "Mấy bạn dân tộc Mông ở lớp bên dạy tớ thêu vải đẹp lắm", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "may dua dan toc lop minh hoi lam", NC_CATEGORY_HATE,
      "may dua dan toc lop minh hoi lam", NC_EVIDENCE_LEXICON },
    { "may dua dan toc o ban minh hoi duong di cho", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Chí Phèo chửi cả làng mà không ai thèm đáp lại", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "không ai thèm giúp mày đâu", NC_CATEGORY_INSULT, "không ai thèm", NC_EVIDENCE_LEXICON },
    { "Hồi đó không ai thèm chơi với em, em buồn lắm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Không ai thèm chơi với mày đâu", NC_CATEGORY_INSULT, "Không ai thèm chơi với mày", NC_EVIDENCE_LEXICON },
    { "nho block so la nha, toan lua dao", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "dân tỉnh lẻ toàn lừa đảo", NC_CATEGORY_HATE, "dân tỉnh lẻ toàn lừa đảo", NC_EVIDENCE_LEXICON },
    /* (batch r12v2) filmed in secret, a title of beauty, praise likened to
     * a beast, a country accent told to keep quiet, how they dress, a
     * story's "nobody stood up for her", a game's map without marks, a
     * toneless "ngu" phrase said of oneself */
    { "Quay lén con Na lúc nó ăn rồi đăng lên tiktok cho thiên hạ cười", NC_CATEGORY_INSULT,
      "Quay lén con Na lúc nó ăn rồi đăng lên tiktok cho thiên hạ cười", NC_EVIDENCE_LEXICON },
    { "Quay lén con mèo lúc nó ăn vụng, buồn cười ghê", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Tưởng mình là hoa khôi à, về soi gương lại đi", NC_CATEGORY_INSULT,
      "Tưởng mình là hoa khôi", NC_EVIDENCE_LEXICON },
    { "Hồi bé tớ tưởng mình là công chúa", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Ôi xinh quá cơ, xinh như con tinh tinh", NC_CATEGORY_INSULT,
      "xinh như con tinh tinh", NC_EVIDENCE_LEXICON },
    { "Em bé xinh như búp bê", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Giọng quê mùa thế thì đừng có hát, nghe muốn điếc tai", NC_CATEGORY_INSULT,
      "Giọng quê mùa thế thì đừng có hát", NC_EVIDENCE_LEXICON },
    { "Bà nội tớ nói giọng quê Nghệ An, nghe ấm áp ghê", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Mấy đứa dân tộc lớp 7A ăn mặc rách rưới, nhìn ghê", NC_CATEGORY_HATE,
      "Mấy đứa dân tộc lớp 7A ăn mặc rách rưới", NC_EVIDENCE_LEXICON },
    { "Mấy bạn dân tộc lớp 7A ăn mặc váy thổ cẩm đẹp lắm", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Trong truyện Tấm Cám, Tấm bị dì ghẻ đối xử tệ mà chẳng ai thèm bênh", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "chẳng ai thèm bênh mày đâu", NC_CATEGORY_INSULT, "chẳng ai thèm", NC_EVIDENCE_LEXICON },
    { "qua con map nay la len level 30 roi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "con map nay an nhieu vl", NC_CATEGORY_INSULT, "con map", NC_EVIDENCE_LEXICON },
    { "t ngu qua, quen mang ao mua roi uot het", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "t thay m ngu that", NC_CATEGORY_INSULT, "m ngu that", NC_EVIDENCE_LEXICON },
    /* (batch vi-school-r12v2) exclusion suffered, told of someone named;
     * someone left out in a story, in the third person; a story's title */
    { "Em đọc một bài báo về một học sinh bị cả lớp ghét và bị đăng ảnh lên mạng", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "cậu bị cả lớp ghét là đúng rồi", NC_CATEGORY_INSULT, "cả lớp ghét", NC_EVIDENCE_LEXICON },
    { "Thạch Sanh sống một mình dưới gốc đa, chẳng ai ưa chàng", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "đừng ai chơi với bạn ấy", NC_CATEGORY_INSULT, "đừng ai chơi với", NC_EVIDENCE_LEXICON },
    { "Chú vịt con xấu xí bị cả đàn chê bai", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "đồ vịt con xấu xí", NC_CATEGORY_INSULT, "vịt con xấu xí", NC_EVIDENCE_LEXICON },
    /* (batch r12v3) whoever still answers someone named, unfriended for it;
     * "con ngoooo" */
    { "Ai còn rep tin nhắn của con Loan là tao unfriend", NC_CATEGORY_INSULT,
      "Ai còn rep tin nhắn của con Loan là tao unfriend", NC_EVIDENCE_LEXICON },
    { "ai rep tin nhắn của cô đầu tiên thì tao khao", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Con ngooooo này", NC_CATEGORY_INSULT, "Con ngooooo", NC_EVIDENCE_LEXICON },
    { "Còn ngon không", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (the toneless tuning part of vi_toneless) friends kept away from a
     * contagious illness, "chết con rồi", a friend's mother asked, a
     * toneless put-down of oneself after "mà" */
    { "Tranh xa tao ra, tao dang bi cum day", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tránh xa tao ra, đồ hôi", NC_CATEGORY_INSULT, "tránh xa tao ra", NC_EVIDENCE_LEXICON },
    { "Chet con roi, mai nop bai ma chua lam", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "mày chết con rồi", NC_CATEGORY_VIOLENCE, "mày chết con", NC_EVIDENCE_LEXICON },
    { "may hoi me may chua, cho di ko", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "về hỏi mẹ mày đi", NC_CATEGORY_INSULT, "mẹ mày", NC_EVIDENCE_LEXICON },
    { "bai nay de ma t lam sai ngu that", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "t noi roi ma m van ngu the", NC_CATEGORY_INSULT, "ngu the", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r12, G_N_ELEMENTS (r12), "vi");
}

/* Vietnamese kinds typed without marks, second wave (s12-tone2): an emoji
 * named at a toneless target (one's own meal), a blow that ends in hospital
 * (a fall, a doctor's shot), "đồ đầu bò" as the first clause (beef for
 * stew), "nhát như thỏ đế" said of "you" (of oneself), a body part of "you"
 * likened to a thing (one's own full belly, the moon, a buffalo's belly),
 * a picture posted for
 * laughs after its verb (toneless "anh thằng Nam", Nam's brother), a video
 * of a child scolded. */
static void
test_tone2_r12 (void)
{
  static const SpanCase tone2[] = {
    { "m la 🐷 a, an gi ma lam the", NC_CATEGORY_INSULT, "m la 🐷", NC_EVIDENCE_CONTEXT },
    { "hom nay t an nhu 🐷 luon ae oi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "t cho m mot phat la nam vien", NC_CATEGORY_VIOLENCE, "t cho m mot phat la nam vien", NC_EVIDENCE_LEXICON },
    { "ngoi da bong nga mot phat la nam vien", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "bac si tiem cho mot phat la het sot", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "do dau bo, noi hoai khong nghe", NC_CATEGORY_INSULT, "do dau bo", NC_EVIDENCE_LEXICON },
    { "hom nay me mua dau bo ve nau lau", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "m nhat nhu tho de", NC_CATEGORY_INSULT, "m nhat nhu tho de", NC_EVIDENCE_CONTEXT },
    { "t nhat nhu tho de, ngu mot minh khong dam", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "bung m to nhu cai thung phuy", NC_CATEGORY_INSULT, "bung m to nhu cai", NC_EVIDENCE_LEXICON },
    { "Con trâu nhà ông, bụng nó to như cái trống", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "bung t no nhu cai trong roi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mat trang hom nay tron nhu cai mam", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "gui anh thang Khoa ngu gat vao nhom cho ca lop cuoi", NC_CATEGORY_INSULT,
      "gui anh thang Khoa ngu gat vao nhom cho ca lop cuoi", NC_EVIDENCE_LEXICON },
    { "anh thang Nam dang meme len group cho ca bon cuoi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "quay video lúc nó bị cô mắng rồi gửi vào group cho cả lớp cười", NC_CATEGORY_INSULT,
      "quay video lúc nó bị cô mắng rồi gửi vào group cho cả lớp cười", NC_EVIDENCE_LEXICON },
    /* (batch r12t2) a feeling sworn at with the whole "con mẹ nó" (his
     * mother, "chán" alone) */
    { "chan con me no, mang lag vai", NC_CATEGORY_INSULT, "chan con me no", NC_EVIDENCE_LEXICON },
    { "chan con, me no doi ve roi moi di choi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "me no tuc vi no di choi khuya", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    /* (batch r12t3) a short toneless draft of an emoji named at someone is
     * Vietnamese ("m la", "im di" are `lang` words); an emoji said of
     * oneself or a song's "la la la" say nothing */
    { "m la 🐷 a", NC_CATEGORY_INSULT, "m la 🐷", NC_EVIDENCE_CONTEXT },
    { "im di con 🐷", NC_CATEGORY_INSULT, "con 🐷", NC_EVIDENCE_NGRAM },
    { "t la 🐷 hom nay an 3 bat com", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "la la la 🎶", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
  };

  assert_span_cases (tone2, G_N_ELEMENTS (tone2), "vi");
}

/* Vietnamese kinds of the fourteenth round (s14-vi), each with a twin that
 * must not warn: a classmate's data posted to a crowd (a driver given
 * grandma's address, a parent's "số điện thoại của con"), a fake account
 * made to trick or shame a named child (a new account, a game's clone, a
 * pet's, someone else's told as a warning), pressure for intimate
 * pictures (a teacher's warning, a child quoting who asked, hot bread),
 * blackmail by exposure (a brother asking, a child telling), a disability
 * asked or likened as a put-down (a brother loved, a pet, a parent's
 * child, a server down, toneless "bị cấm"), "đồ thừa thãi" (leftovers);
 * and the 13-year-old's wrappings ("đùa thôi", "mẹ ơi", "haha"). */
static void
test_vi_r14 (void)
{
  static const SpanCase r14[] = {
    { "Đăng số điện thoại con Hằng lên nhóm lớp cho cả lớp gọi trêu", NC_CATEGORY_INSULT,
      "Đăng số điện thoại con Hằng lên nhóm lớp", NC_EVIDENCE_LEXICON },
    { "gui dia chi nha thang Quan cho bon lop ben di", NC_CATEGORY_INSULT,
      "gui dia chi nha thang Quan cho bon lop", NC_EVIDENCE_LEXICON },
    { "Tao có địa chỉ nhà thằng Quân đây, gửi cho bọn lớp 8B", NC_CATEGORY_INSULT,
      "địa chỉ nhà thằng Quân đây, gửi cho bọn lớp", NC_EVIDENCE_LEXICON },
    { "Mẹ gửi địa chỉ nhà bà cho bác tài xế taxi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mẹ đăng số điện thoại của con lên nhóm phụ huynh rồi nhé", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Lớp trưởng gửi số điện thoại của các bạn cho cô", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Share cái nhật ký của con My lên nhóm đi", NC_CATEGORY_INSULT,
      "Share cái nhật ký của con My lên nhóm", NC_EVIDENCE_LEXICON },
    { "Lập nick giả giả làm thằng Khánh rồi tỏ tình con Nhi", NC_CATEGORY_INSULT,
      "Lập nick giả giả làm thằng", NC_EVIDENCE_LEXICON },
    { "lay anh con Tram lap nick gia roi di chui nguoi khac", NC_CATEGORY_INSULT,
      "lay anh con Tram lap nick gia roi di chui nguoi khac", NC_EVIDENCE_LEXICON },
    { "Giả làm cô chủ nhiệm nhắn tin cho thằng Phát bảo nó bị đuổi học", NC_CATEGORY_INSULT,
      "Giả làm cô chủ nhiệm nhắn tin cho thằng", NC_EVIDENCE_LEXICON },
    { "Đưa mật khẩu facebook của thằng Lộc đây, tao vào đăng bậy", NC_CATEGORY_INSULT,
      "mật khẩu facebook của thằng Lộc đây, tao vào đăng bậy", NC_EVIDENCE_LEXICON },
    { "Em lập nick Facebook mới vì quên mật khẩu nick cũ", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Có đứa lập acc giả giả làm thằng Khánh đấy, mọi người đừng tin nhé", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Em lập nick giả tên con mèo nhà em cho vui", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Tớ lập acc clone để cày game, acc chính bị khóa rồi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Gửi ảnh nóng cho anh xem đi", NC_CATEGORY_SEXUAL,
      "Gửi ảnh nóng cho anh xem đi", NC_EVIDENCE_LEXICON },
    { "chup anh ko mac ao gui anh xem di", NC_CATEGORY_SEXUAL,
      "chup anh ko mac ao gui anh xem di", NC_EVIDENCE_LEXICON },
    { "Cô dặn không được gửi ảnh nóng cho người lạ", NC_CATEGORY_SEXUAL,
      NULL, NC_EVIDENCE_LEXICON },
    { "anh ấy bắt em gửi ảnh nóng cho anh xem đi, em sợ lắm", NC_CATEGORY_SEXUAL,
      NULL, NC_EVIDENCE_LEXICON },
    { "anh bảo em gửi ảnh nóng cho anh xem đi", NC_CATEGORY_SEXUAL,
      "gửi ảnh nóng cho anh xem đi", NC_EVIDENCE_LEXICON },
    { "đăng số điện thoại của con nhỏ đó lên nhóm lớp đi", NC_CATEGORY_INSULT,
      "đăng số điện thoại của con nhỏ đó lên nhóm lớp", NC_EVIDENCE_LEXICON },
    { "Mẹ ơi con gửi địa chỉ nhà thằng Quân cho bọn lớp bên rồi", NC_CATEGORY_INSULT,
      "con gửi địa chỉ nhà thằng Quân cho bọn lớp", NC_EVIDENCE_LEXICON },
    { "Cô ơi bạn Lan bị điếc à ạ, sao cô phải nói to với bạn ấy", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Bánh mì vừa ra lò, chụp ảnh nóng hổi gửi cả nhà xem đây", NC_CATEGORY_SEXUAL,
      NULL, NC_EVIDENCE_LEXICON },
    { "Không gửi thì anh đăng hết tin nhắn của em lên mạng", NC_CATEGORY_VIOLENCE,
      "Không gửi thì anh đăng hết tin nhắn của em lên mạng", NC_EVIDENCE_LEXICON },
    { "Em mà chặn anh là anh tung hết ảnh của em lên group đấy", NC_CATEGORY_VIOLENCE,
      "mà chặn anh là anh tung hết ảnh của em lên group", NC_EVIDENCE_LEXICON },
    { "gui anh nong cho anh di ko anh dang het tin nhan len mang", NC_CATEGORY_VIOLENCE,
      "ko anh dang het tin nhan len mang", NC_EVIDENCE_LEXICON },
    { "Em thích thì anh đăng ảnh của em lên Facebook nhé", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    /* (lead, at merge) "or else" and everything posted: no crowd needed */
    { "gửi đi, không anh đăng hết", NC_CATEGORY_VIOLENCE,
      "không anh đăng hết", NC_EVIDENCE_LEXICON },
    { "Em gửi ảnh cho anh đi, không thì anh đăng hết ảnh của em lên", NC_CATEGORY_VIOLENCE,
      "không thì anh đăng hết ảnh của em", NC_EVIDENCE_LEXICON },
    { "Em ăn nhanh lên không anh ăn hết phần bánh đấy", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    /* (lead, the blind batch) a classmate spoken of kindly, told to an
     * elder; not to friends, agreeing */
    { "cô ơi bạn Long bị cả lớp gọi là thằng cà lăm, em phải làm gì ạ", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "bạn Long bị cả lớp gọi là thằng cà lăm, mà nó cà lăm thật", NC_CATEGORY_INSULT,
      "thằng cà lăm", NC_EVIDENCE_LEXICON },
    /* (lead, at merge) "even" someone wiser than "you"; a pet praised */
    { "em trai em bị tự kỷ nhưng còn khôn hơn mày", NC_CATEGORY_INSULT,
      "còn khôn hơn mày", NC_EVIDENCE_LEXICON },
    { "con chó còn đẹp hơn mày", NC_CATEGORY_INSULT,
      "con chó còn đẹp hơn mày", NC_EVIDENCE_LEXICON },
    { "con chó nhà em khôn lắm, còn khôn hơn cả người", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "em bé còn cao hơn mày rồi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Có người bắt con gửi ảnh, không thì anh ta đăng ảnh của con lên mạng", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mày bị tự kỷ à mà suốt ngày không nói chuyện với ai", NC_CATEGORY_INSULT,
      "Mày bị tự kỷ à mà", NC_EVIDENCE_CONTEXT },
    /* (s15-tone: the silence it mocks joins the span, "gọi không thưa") */
    { "Con Thảo bị câm hay sao mà gọi không thưa", NC_CATEGORY_INSULT,
      "Con Thảo bị câm hay sao mà gọi không thưa", NC_EVIDENCE_LEXICON },
    { "may bi diec a, goi may lan roi", NC_CATEGORY_INSULT,
      "may bi diec a", NC_EVIDENCE_CONTEXT },
    { "May chu truong bi down hay sao ma khong nop bai duoc", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nói chuyện như đứa bị down ấy", NC_CATEGORY_INSULT,
      "như đứa bị down", NC_EVIDENCE_LEXICON },
    { "Đồ tật nguyền, tránh ra", NC_CATEGORY_INSULT,
      "Đồ tật nguyền", NC_EVIDENCE_LEXICON },
    { "Em trai em bị tự kỷ nên cả nhà thương em lắm", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Con mèo nhà em bị mù à mẹ", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "con Thao bi cam hay sao ma khong di choi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mạng bị down à, tớ không vào được game", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Con bị điếc à, mẹ gọi mãi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "im đi đồ thừa thãi", NC_CATEGORY_INSULT,
      "im đi đồ thừa thãi", NC_EVIDENCE_LEXICON },
    { "im di do thua thai", NC_CATEGORY_INSULT,
      "im di do thua thai", NC_EVIDENCE_LEXICON },
    { "Mày là đứa thừa thãi nhất lớp", NC_CATEGORY_INSULT,
      "đứa thừa thãi", NC_EVIDENCE_LEXICON },
    { "Nhà mình nhiều đồ thừa thãi quá", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Ăn đồ thừa hôm qua mà vẫn ngon", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Đùa thôi mà, đăng số điện thoại con Hằng lên nhóm cho cả lớp gọi chọc nó", NC_CATEGORY_INSULT,
      "đăng số điện thoại con Hằng lên nhóm cho cả lớp", NC_EVIDENCE_LEXICON },
    { "Mẹ ơi con lập nick giả giả làm thằng Khánh tỏ tình con Nhi", NC_CATEGORY_INSULT,
      "con lập nick giả giả làm thằng", NC_EVIDENCE_LEXICON },
    { "lol jk con Thảo bị điếc hay sao", NC_CATEGORY_INSULT,
      "lol jk", NC_EVIDENCE_LEXICON },
    { "haha đùa thôi, con Thảo bị điếc hay sao ấy", NC_CATEGORY_INSULT,
      "con Thảo bị điếc hay sao", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r14, G_N_ELEMENTS (r14), "vi");
}

/* Vietnamese typed without marks, fourteenth round (s14-tone): phrases
 * whose whole reads one way once the marks are gone, each with a twin
 * that must not warn (a highland village, "đảm đang", a parent taking a
 * child to hospital, one's own meal, food, a lost phone, a ditch, a
 * welcome, a grandmother handing food, a mother feeding a baby), and a
 * child's report to a parent of "đồ béo ú" (the toneless "u" is no
 * "you"); the 13-year-old's wrappings still warn. */
static void
test_tone_r14 (void)
{
  static const SpanCase r14[] = {
    { "may dua dan toc lop t ban lam, dung ai ngoi canh", NC_CATEGORY_HATE,
      "may dua dan toc lop t ban lam, dung ai ngoi canh", NC_EVIDENCE_LEXICON },
    { "nguoi dan toc o ban lam nuong ray, tranh xa thanh pho", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "hom nay dan toc Mong o ban lam le hoi, vui lam", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "do dam dang", NC_CATEGORY_SEXUAL, "do dam dang", NC_EVIDENCE_LEXICON },
    { "me t dam dang lam, nau an ngon", NC_CATEGORY_SEXUAL, NULL, NC_EVIDENCE_LEXICON },
    { "mai m ko tra tien t cho m nhap vien", NC_CATEGORY_VIOLENCE, "t cho m nhap vien", NC_EVIDENCE_LEXICON },
    { "Đùa thôi, t cho m nhập viện luôn", NC_CATEGORY_VIOLENCE, "t cho m nhập viện", NC_EVIDENCE_LEXICON },
    { "me cho em nhap vien roi", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "thang Khoa la 🤡 cua lop day", NC_CATEGORY_INSULT, "thang Khoa la 🤡", NC_EVIDENCE_LEXICON },
    { "trong truyen t viet, thang Khoa la 🤡 cua lop", NC_CATEGORY_INSULT, "thang Khoa la 🤡", NC_EVIDENCE_LEXICON },
    { "t thay m y chang 🐒", NC_CATEGORY_INSULT, "m y chang 🐒", NC_EVIDENCE_LEXICON },
    { "t an nhu 🐷", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "thang Hung nhin muon oi, ai ma choi dc", NC_CATEGORY_INSULT, "thang Hung nhin muon oi", NC_EVIDENCE_LEXICON },
    { "mon ech chien nay nhin muon oi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mat may day mun nhu coc ay, soi guong di", NC_CATEGORY_INSULT, "mat may day mun nhu coc", NC_EVIDENCE_LEXICON },
    { "t mat may roi, buon nhu con coc", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "thang ban t hoi nhu cong, tam di ba", NC_CATEGORY_INSULT, "t hoi nhu cong", NC_EVIDENCE_LEXICON },
    { "con muong sau nha hoi nhu cong", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nhom minh ko chao don m dau, out di", NC_CATEGORY_INSULT, "ko chao don m", NC_EVIDENCE_LEXICON },
    { "nha t luon chao don m, den choi nhe", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "may noi nhieu qua, cam di", NC_CATEGORY_INSULT, "may noi nhieu qua, cam di", NC_EVIDENCE_LEXICON },
    { "ba noi nhieu qua, cam di ve nha ma an", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "im me no mom vao", NC_CATEGORY_INSULT, "im me no mom vao", NC_EVIDENCE_LEXICON },
    { "im, me mom com cho em be", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "me oi thang Khoa cu noi con la do beo u, con buon lam", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "thang Khoa noi m la do beo u", NC_CATEGORY_INSULT, "do beo u", NC_EVIDENCE_LEXICON },
    /* (batch r14t2) the writer as "con" in the order, who could bear to sit
     * by them; a girl of a class (a little daughter in grade 1) */
    { "me oi tui nguoi dan toc lop con do lam, con ko muon ngoi chung", NC_CATEGORY_HATE,
      "nguoi dan toc lop con do lam, con ko muon ngoi chung", NC_EVIDENCE_LEXICON },
    { "nguoi mien nui o day thieu nuoc sach, ai ma ngoi canh cung thuong", NC_CATEGORY_HATE, NULL,
      NC_EVIDENCE_LEXICON },
    { "con nho lop ben nhin muon oi, trang diem nhu ma", NC_CATEGORY_INSULT, "con nho lop ben nhin muon oi",
      NC_EVIDENCE_LEXICON },
    { "con nho lop 1 nha t hat hay lam", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (tuning parts without marks) study wasted on "you" and where "you"
     * end up (one's own degree first), a kind of people worth nothing, a
     * girl out of her mind (an electric shock), rags and dumbness of an
     * ethnic group (slash-and-burn farming), a region loathed (ViHOS's
     * listeners, "dân nghe" folded like "dân Nghệ"; the highlanders' own
     * fright) */
    { "May hoc dai hoc lam gi, ra truong cung di phu ho", NC_CATEGORY_INSULT,
      "May hoc dai hoc lam gi, ra truong cung di phu ho", NC_EVIDENCE_LEXICON },
    { "ra truong cung di phu ho, hoc lam gi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "May co di hoc thi cung the thoi, ve phu me ban ca di", NC_CATEGORY_INSULT,
      "May co di hoc thi cung the thoi, ve phu me ban ca", NC_EVIDENCE_LEXICON },
    { "Cai thu nhu may thi ca doi chang lam nen tro trong gi", NC_CATEGORY_INSULT,
      "Cai thu nhu may thi ca doi chang lam nen tro trong gi", NC_EVIDENCE_LEXICON },
    { "con nho nay bi dien", NC_CATEGORY_INSULT, "con nho nay bi dien", NC_EVIDENCE_LEXICON },
    { "thang Nam bi dien giat o nha, ca nha lo lam", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "May dua dan toc lop 7A an mac rach ruoi, nhin ghe", NC_CATEGORY_HATE,
      "May dua dan toc lop 7A an mac rach ruoi", NC_EVIDENCE_LEXICON },
    { "No la nguoi dan toc nen moi dot the", NC_CATEGORY_HATE, "nguoi dan toc nen moi dot the", NC_EVIDENCE_LEXICON },
    { "nguoi dan toc nen moi dot nuong lam ray", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "Tui mien Tay noi chuyen nghe que mua thay ghet", NC_CATEGORY_HATE,
      "Tui mien Tay noi chuyen nghe que mua thay ghet", NC_EVIDENCE_LEXICON },
    { "dân nghe nhiều thấy tởm", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "nguoi mien nui xuong pho lan dau thay ghe qua", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    /* (tuning parts) the dirt said again as the next clause; a village far
     * away and a long way to ask */
    { "Dan mien nui xuong day hoc toan o ban, hoi rinh", NC_CATEGORY_HATE,
      "Dan mien nui xuong day hoc toan o ban, hoi rinh", NC_EVIDENCE_LEXICON },
    { "nguoi dan toc o ban xa lam, hoi kinh khung duong di", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    /* (batch r14t3) a pet named with its home stinks; a boy still warns */
    { "con cho nha t hoi nhu cu vi lan xuong ao", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "thang Hieu hoi nhu heo, dung lai gan t", NC_CATEGORY_INSULT, "hoi nhu heo", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r14, G_N_ELEMENTS (r14), "vi");
}

/* Vietnamese unkind kinds of the fifteenth round (s15-vi), each rule with a
 * case that must warn (with and without marks, wrapped in "đùa thôi", "mẹ
 * ơi", "lol") and an everyday twin that must not: a love-life or sex
 * rumour of a classmate (a child's bedtime, a pair at work, a pet's
 * litter, a hotel), a fight challenge at a hidden spot after school
 * (friends meeting there, "tao cho" typed without marks), someone called a
 * waste of food (a big eater), a crowd told to report a classmate's account
 * (a fake one, a report to the teacher), a girl's posted picture
 * body-shamed (one's own training, a beach photo), a teammate told to quit
 * (one's own team or game), a poor family to keep someone out (a kind
 * invitation, one's own family). */
static void
test_vi_r15 (void)
{
  static const SpanCase r15[] = {
    { "Nghe đồn con Thảo cặp với thầy dạy toán nên mới được điểm cao", NC_CATEGORY_INSULT,
      "con Thảo cặp với thầy dạy toán nên mới được", NC_EVIDENCE_LEXICON },
    { "Con Hà được 10 văn là nhờ đi khách cho thầy đấy", NC_CATEGORY_INSULT,
      "là nhờ đi khách", NC_EVIDENCE_LEXICON },
    { "nghe bao con Vy co bau voi thang lop ben roi", NC_CATEGORY_INSULT,
      "con Vy co bau voi thang lop", NC_EVIDENCE_LEXICON },
    { "Đùa thôi mà, con Trang cặp với thầy thể dục nên mới được 10", NC_CATEGORY_INSULT,
      "con Trang cặp với thầy thể dục nên mới được", NC_EVIDENCE_LEXICON },
    { "Tối qua con ngủ với bà nên mới được nghe kể chuyện cổ tích", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Tớ cặp với Lan làm bài thuyết trình nên mới được điểm cao", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nghe đồn con mèo nhà bác Tư có bầu rồi, sắp đẻ", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Hè này con Lan đi khách sạn với bố mẹ ở Đà Lạt", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Tan học ra cổng sau gặp tao, đừng có mà trốn", NC_CATEGORY_VIOLENCE,
      "cổng sau gặp tao, đừng có mà trốn", NC_EVIDENCE_LEXICON },
    { "Chiều nay ra sân sau, tao chờ", NC_CATEGORY_VIOLENCE,
      "sân sau, tao chờ", NC_EVIDENCE_LEXICON },
    { "het tiet 5 len san thuong gap tao mot minh thoi", NC_CATEGORY_VIOLENCE,
      "san thuong gap tao mot minh thoi", NC_EVIDENCE_LEXICON },
    { "lol đùa thôi, tan học ra bãi đất trống, tao với mày giải quyết cho xong", NC_CATEGORY_VIOLENCE,
      "bãi đất trống, tao với mày giải quyết", NC_EVIDENCE_LEXICON },
    { "Tan học ra cổng sau nhé, bố tớ đón ở đó", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Lên sân thượng gặp tao, tao chỉ cho mày chỗ ngắm pháo hoa đẹp nhất", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "chieu nay ra san sau, tao cho may cai banh", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mày sống chỉ tốn cơm bố mẹ", NC_CATEGORY_INSULT,
      "Mày sống chỉ tốn cơm", NC_EVIDENCE_CONTEXT },
    { "may song chi ton com bo me", NC_CATEGORY_INSULT,
      "may song chi ton com", NC_EVIDENCE_CONTEXT },
    { "Loại như mày sống thừa trên đời", NC_CATEGORY_INSULT,
      "mày sống thừa", NC_EVIDENCE_CONTEXT },
    { "Nuôi mày tốn cơm, thà nuôi con chó", NC_CATEGORY_INSULT,
      "Nuôi mày tốn cơm", NC_EVIDENCE_CONTEXT },
    { "Dạo này tớ ăn tốn cơm lắm, mẹ bảo đang tuổi lớn", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nhà có ba anh em trai nên mỗi bữa tốn cơm lắm", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Cả lớp vào báo cáo nick nó cho bay màu luôn đi", NC_CATEGORY_INSULT,
      "Cả lớp vào báo cáo nick nó cho bay màu", NC_EVIDENCE_LEXICON },
    { "ae vao report acc con Ngan cho no bay acc", NC_CATEGORY_INSULT,
      "ae vao report acc con Ngan cho no bay acc", NC_EVIDENCE_LEXICON },
    { "Mẹ ơi, anh em vào report nick con Thư cho nó bay màu rồi", NC_CATEGORY_INSULT,
      "anh em vào report nick con Thư cho nó bay màu", NC_EVIDENCE_LEXICON },
    { "Cả nhà vào báo cáo nick giả mạo mẹ giúp con với", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Báo cáo cô, lớp có hai bạn nghỉ học hôm nay ạ", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Em báo cáo tài khoản lừa đảo này rồi, mọi người cũng báo cáo giúp em nhé", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Ngực lép thế mà cũng đăng ảnh bikini", NC_CATEGORY_INSULT,
      "Ngực lép thế mà cũng đăng ảnh", NC_EVIDENCE_LEXICON },
    { "mong to nhu cai thung ma cung mac vay bo chup anh", NC_CATEGORY_INSULT,
      "mong to nhu cai thung ma cung mac", NC_EVIDENCE_LEXICON },
    { "Ảnh đẹp đấy, mỗi tội mông xệ mà cũng khoe", NC_CATEGORY_INSULT,
      "mông xệ mà cũng khoe", NC_EVIDENCE_LEXICON },
    { "Mẹ ơi con tập gym mãi mà mông vẫn lép", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Chị em chụp ảnh mặc bikini ở Nha Trang, cả nhà khen đẹp", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Đánh như hạch, gỡ game đi cho đỡ phá team", NC_CATEGORY_INSULT,
      "Đánh như hạch, gỡ game đi cho", NC_EVIDENCE_LEXICON },
    { "may ve choi bot di, vao rank lam gi", NC_CATEGORY_INSULT,
      "may ve choi bot", NC_EVIDENCE_CONTEXT },
    { "haha đánh như hạch, afk luôn đi cho team thắng", NC_CATEGORY_INSULT,
      "đánh như hạch, afk luôn đi", NC_EVIDENCE_LEXICON },
    { "Trận này team mình đánh như hạch, thua là phải", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Thôi tớ đánh như gà, tớ về chơi bot luyện thêm đã", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nhà nó nghèo, đừng cho vào nhóm", NC_CATEGORY_INSULT,
      "Nhà nó nghèo, đừng cho vào", NC_EVIDENCE_LEXICON },
    { "con nha ngheo thi dung mo hoc truong chuyen", NC_CATEGORY_INSULT,
      "con nha ngheo thi dung mo hoc", NC_EVIDENCE_LEXICON },
    { "Có đứa con nhà nghèo, tụi mình đừng cho vào nhóm", NC_CATEGORY_INSULT,
      "đứa con nhà nghèo, tụi mình đừng cho vào", NC_EVIDENCE_LEXICON },
    { "Nhà nó nghèo lắm, mình rủ nó đi sinh nhật rồi mua quà chung nhé", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nhà tớ nghèo nhưng bố mẹ luôn cố cho tớ đi học", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Tớ chơi gà thế, gỡ game đi cho rồi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "tao thấy mày đánh như hạch, gỡ game đi", NC_CATEGORY_INSULT,
      "mày đánh như hạch, gỡ game đi", NC_EVIDENCE_LEXICON },
    { "Chiều ra sau trường, tao với mày solo", NC_CATEGORY_VIOLENCE,
      "sau trường, tao với mày solo", NC_EVIDENCE_LEXICON },
    { "Tan học ra sân sau, solo đá cầu với tớ không", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Lên sân thượng một mình thôi nhé, tớ sợ độ cao lắm", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Tan học ra cổng sau gặp tao nhé, đừng trốn", NC_CATEGORY_VIOLENCE,
      "cổng sau gặp tao nhé, đừng trốn", NC_EVIDENCE_LEXICON },
    { "Con báo cáo mãi mà nick con vẫn bị khóa, mẹ ơi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Cô ơi, bạn Quân rủ cả lớp báo cáo nick của con cho bay màu, con sợ lắm", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Thằng Tâm được vào đội bóng là nhờ chị nó cặp bồ với ông huấn luyện viên", NC_CATEGORY_INSULT,
      "đội bóng là nhờ chị nó cặp bồ với", NC_EVIDENCE_LEXICON },
    { "Mày chỉ biết ăn tốn cơm bố mẹ, học thì dốt", NC_CATEGORY_INSULT,
      "Mày chỉ biết ăn tốn cơm", NC_EVIDENCE_CONTEXT },
    { "Em trai em ăn tốn cơm lắm, mẹ bảo tuổi dậy thì", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nghe đồn con Lan đi khách sạn với thầy dạy lý", NC_CATEGORY_INSULT,
      "con Lan đi khách sạn với thầy dạy", NC_EVIDENCE_LEXICON },
    { "Nhà nó nghèo, đừng cho nó đóng tiền quỹ lớp, để tớ đóng hộ", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Con nhà nghèo đừng mơ cao quá, bố bảo cứ học cho giỏi đã rồi tính", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nhà nó nghèo mà, đừng cho vào nhóm", NC_CATEGORY_INSULT,
      "Nhà nó nghèo mà, đừng cho vào", NC_EVIDENCE_LEXICON },
    { "no cap voi thay day toan ay, thao nao diem cao", NC_CATEGORY_INSULT,
      "no cap voi thay day", NC_EVIDENCE_LEXICON },
    { "Nó lên giường với bà ngủ rồi, mẹ ạ", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Nó cặp với ông nội đánh tiến lên, thắng mãi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r15, G_N_ELEMENTS (r15), "vi");
}

/* ViHOS's missed kinds that children say too, sixteenth round (s16-vih):
 * each rule with a case that must warn (with and without marks, wrapped in
 * "mẹ ơi", "đùa thôi") and an everyday twin that must not: sanity
 * questioned (a film's character, a grandmother after a stroke, someone
 * hurt asked after), the brain mocked (a lesson on its folds, a remote's
 * battery), less sense than a thing (an ant's brain), a mind said broken
 * (one's own), someone called not human (disbelief with no one, a
 * hometown), disgust at a face (a baby's face, a caterpillar), masked
 * crude words ("2 l", "MD", "mé bên kia"). */
static void
test_vih_r16 (void)
{
  static const SpanCase r16[] = {
    { "bà này bị hoang tưởng rồi, ai thèm thích bà", NC_CATEGORY_INSULT,
      "bà này bị hoang tưởng", NC_EVIDENCE_LEXICON },
    { "ba nay bi hoang tuong roi", NC_CATEGORY_INSULT,
      "ba nay bi hoang tuong", NC_EVIDENCE_LEXICON },
    { "Bộ phim nói về một người đàn ông bị hoang tưởng, xem xong cả lớp thảo luận về sức khỏe tâm thần", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "tu hom ba bi tai bien ba khong duoc binh thuong nua", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "mẹ ơi thằng Phong bị hoang tưởng rồi, nó bảo con thích nó", NC_CATEGORY_INSULT,
      "thằng Phong bị hoang tưởng", NC_EVIDENCE_LEXICON },
    { "nó bị ảo tưởng sức mạnh à, đá bóng như cục đất mà đòi làm đội trưởng", NC_CATEGORY_INSULT,
      "nó bị ảo tưởng", NC_EVIDENCE_LEXICON },
    { "Mình bị ảo tưởng là mai được nghỉ học, hóa ra vẫn phải đi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "thằng này trong phim bị hoang tưởng, xem sợ ghê", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "mày có bình thường không vậy", NC_CATEGORY_INSULT,
      "mày có bình thường không vậy", NC_EVIDENCE_LEXICON },
    { "Chị này có bình thường không sau khi ngã xe, mọi người gọi cấp cứu giúp với", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "nếp nhăn trên não cũng né mày", NC_CATEGORY_INSULT,
      "não cũng né mày", NC_EVIDENCE_LEXICON },
    { "Bộ não người có rất nhiều nếp nhăn, càng nhiều nếp nhăn thì diện tích vỏ não càng lớn", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Vũ ơi mày cmt mà quên lắp não rồi", NC_CATEGORY_INSULT,
      "quên lắp não", NC_EVIDENCE_LEXICON },
    { "Chị ơi em quên lắp pin vào điều khiển nên nó không chạy", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "lấy cái não ra mà dùng đi", NC_CATEGORY_INSULT,
      "lấy cái não ra mà dùng đi", NC_EVIDENCE_LEXICON },
    { "Mẹ ơi lấy cái máy tính ra xài đi, điện thoại hết pin rồi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "IQ của mày còn thấp hơn nhiệt độ phòng", NC_CATEGORY_INSULT,
      "IQ của mày còn thấp hơn", NC_EVIDENCE_LEXICON },
    { "Não của con kiến còn nhỏ hơn hạt cát", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "đầu óc mày có vấn đề à", NC_CATEGORY_INSULT,
      "đầu óc mày có vấn đề", NC_EVIDENCE_LEXICON },
    { "Hôm nay đầu óc tớ có vấn đề thật, quên hết công thức", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "tôi không tin con này là con người luôn", NC_CATEGORY_INSULT,
      "không tin con này là con người", NC_EVIDENCE_LEXICON },
    { "Tao không tin là mai được nghỉ học", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "tụi mày không phải là người, bắt nạt em nó thế à", NC_CATEGORY_INSULT,
      "tụi mày không phải là người", NC_EVIDENCE_LEXICON },
    { "Bạn ấy không phải người Hà Nội, bạn ấy ở Huế", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "nhìn mặt con Hân mà buồn nôn", NC_CATEGORY_INSULT,
      "nhìn mặt con Hân mà buồn nôn", NC_EVIDENCE_LEXICON },
    { "Nhìn mặt em bé ngủ mà thấy thương ghê", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "nhìn con sâu mà buồn nôn", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "đùa thôi nhưng nhìn mày mà buồn nôn thật", NC_CATEGORY_INSULT,
      "nhìn mày mà buồn nôn", NC_EVIDENCE_LEXICON },
    { "nói cái l gì đấy, đọc lại đi", NC_CATEGORY_INSULT,
      "cái l gì", NC_EVIDENCE_LEXICON },
    { "Mua cho mẹ 2 l nước mắm loại ngon nhé", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "md con kia nói nhiều quá", NC_CATEGORY_INSULT,
      "md con kia", NC_EVIDENCE_LEXICON },
    { "Ba ơi MD là viết tắt của bác sĩ đúng không", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "mé nó, thằng lớp trưởng lại mách cô", NC_CATEGORY_INSULT,
      "mé nó", NC_EVIDENCE_LEXICON },
    { "Nhà bà ngoại ở mé bên kia cầu", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "mấy đứa óc xi măng nói mãi không hiểu", NC_CATEGORY_INSULT,
      "óc xi măng", NC_EVIDENCE_LEXICON },
    { "Bố trộn xi măng để xây tường", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r16, G_N_ELEMENTS (r16), "vi");
}

/* Vietnamese typed without marks, fifteenth round (s15-tone): two
 * readings decided by the words around them. "bị câm" ("bị cấm") asked of
 * a named child or "you" and then the silence it mocks; "bơ", "lơ" ("bỏ",
 * "lo") with what the ignoring is for, or after an order that no one help;
 * born for nothing, parents who must regret it; a dare or a hidden spot
 * and one against one. Each with a twin that must not warn (grounded, a
 * brother asleep, a pet punished, a friend looked after, a chapter a day,
 * a box, a mother's love), and wrapped ones that still warn. */
static void
test_tone_r15 (void)
{
  static const SpanCase r15[] = {
    { "Con Thao bi cam hay sao ma goi mai khong thua", NC_CATEGORY_INSULT,
      "Con Thao bi cam hay sao ma goi mai khong thua", NC_EVIDENCE_LEXICON },
    { "dua thoi, may bi cam tu be a, sao khong noi gi", NC_CATEGORY_INSULT,
      "may bi cam tu be a, sao khong noi gi", NC_EVIDENCE_LEXICON },
    { "m bi cam hay sao ma ko di choi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "em t bi cam hay sao ma me goi mai khong thua, chac ngu quen", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    /* (s19-toneless: the crowd "Ca lop" read as with marks, vi-toneless.txt) */
    { "Ca lop lo con Linh di, cho no mot minh", NC_CATEGORY_INSULT,
      "Ca lop lo con Linh di, cho no mot minh", NC_EVIDENCE_LEXICON },
    { "Tui minh bo thang Tuan mot tuan cho no chua", NC_CATEGORY_INSULT,
      "bo thang Tuan mot tuan cho no chua", NC_EVIDENCE_LEXICON },
    { "No hoi bai thi dung ai chi, cu lo no di", NC_CATEGORY_INSULT,
      "dung ai chi, cu lo no", NC_EVIDENCE_LEXICON },
    { "hom qua me t bo con cho ngoai san cho no chua vi can dep", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "ca lop lo cho con Linh di, no moi mo xong", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nhu m thi de ra lam gi, chi lam kho bo me", NC_CATEGORY_INSULT,
      "nhu m thi de ra lam gi", NC_EVIDENCE_LEXICON },
    { "cai hop nay de ra lam gi vay", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "bo me m de ra m chac hoi han lam", NC_CATEGORY_INSULT,
      "m de ra m chac hoi han lam", NC_EVIDENCE_LEXICON },
    { "me t bao de ra t me ko bao gio hoi han", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "m ngon thi ra bai xe sau gio ra choi, dung goi hoi", NC_CATEGORY_VIOLENCE,
      "m ngon thi ra bai xe", NC_EVIDENCE_LEXICON },
    { "chieu nay ra sau truong, t voi m 1 chap 1", NC_CATEGORY_VIOLENCE,
      "sau truong, t voi m 1 chap 1", NC_EVIDENCE_LEXICON },
    { "doc 1 chap 1 ngay thoi cho do het", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "tan hoc ra san sau, 1 chap 1 bong ban khong", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "chieu nay ra san sau da tay doi voi t ko", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "chieu nay ra san sau, t voi m tap bong ro", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    /* (batch r15t2, attacks after the first rules) a story's boy asked,
     * a third person's parents, a boy named, a time before the spot; a cat,
     * a brother teased */
    { "trong truyen t viet, thang Dat bi cam hay sao ma ai hoi cung khong noi gi", NC_CATEGORY_INSULT,
      "thang Dat bi cam hay sao ma ai hoi cung khong noi", NC_EVIDENCE_LEXICON },
    { "con meo nha t bi cam hay sao ay, goi mai khong thua", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "thang em t no bi cam hay sao ay, ca ngay hoi gi cung im", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "ke chuyen cho nghe ne, bo me thang Khoa de ra no chac hoi han lam", NC_CATEGORY_INSULT,
      "de ra no chac hoi han lam", NC_EVIDENCE_LEXICON },
    { "nhu thang Phong thi de ra lam gi, chi biet an", NC_CATEGORY_INSULT,
      "nhu thang Phong thi de ra lam gi", NC_EVIDENCE_LEXICON },
    { "m co gan thi toi nay ra dau ngo, dung co ma tron", NC_CATEGORY_VIOLENCE,
      "m co gan thi toi nay ra dau ngo", NC_EVIDENCE_LEXICON },
    { "co gan thi mai len bang lam bai dau tien nha, co cho diem cong", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    /* a picture posted so someone is ashamed, or captioned with a name; a
     * headache, a baby captioned a kitten */
    { "De tao gui anh hoi cap 1 cua no vao nhom lop, dam bao no nhuc luon", NC_CATEGORY_INSULT,
      "no vao nhom lop, dam bao no nhuc", NC_EVIDENCE_LEXICON },
    { "hoc bai nhieu qua cho no nhuc dau", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "co nguoi lap nick gia dang anh em roi ghi la do dien ben duoi", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "ghi duoi anh no la do dien di", NC_CATEGORY_INSULT, "ghi duoi anh no la do dien", NC_EVIDENCE_LEXICON },
    { "me dang anh em be len nhom gia dinh, ghi la con meo con", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    /* a group chat left to shut someone out, a boy kicked, a loss blamed;
     * being added to a class group, a spam bot, a group closed, a win */
    { "Tui minh lap group rieng, dua nao add con Nhung vao la tao out", NC_CATEGORY_INSULT,
      "dua nao add con Nhung vao la tao out", NC_EVIDENCE_LEXICON },
    { "dua nao add t vao nhom Toan voi, t bi out roi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "No vao nhom thi moi nguoi out het nhe, de no mot minh", NC_CATEGORY_INSULT,
      "nhom thi moi nguoi out het nhe, de no mot minh", NC_EVIDENCE_LEXICON },
    { "moi nguoi out het roi, nhom giai tan nha", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Ca team kick thang Khang ra khoi nhom, roi block luon", NC_CATEGORY_INSULT,
      "Ca team kick thang Khang ra khoi nhom", NC_EVIDENCE_LEXICON },
    { "kick con bot spam ra khoi group di ad", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "m ra khoi nhom di, co m la thua", NC_CATEGORY_INSULT, "m ra khoi nhom di", NC_EVIDENCE_LEXICON },   /* (s18-vi: told to leave, first) */
    { "mai thi dau, co m la thang chac", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (after batch r15t3's one measure) a class out, a boy invited, a group
     * asked; a group done with its work */
    { "ca lop out het di, de no mot minh trong group", NC_CATEGORY_INSULT,
      "ca lop out het di, de no mot minh", NC_EVIDENCE_LEXICON },
    { "nhom lam xong roi, moi nguoi out het cung duoc nha", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "dua nao moi thang Khai vao nhom la t out luon", NC_CATEGORY_INSULT,
      "dua nao moi thang Khai vao nhom la t out", NC_EVIDENCE_LEXICON },
    { "tui m bi cam het a, hoi gi cung im re", NC_CATEGORY_INSULT,
      "tui m bi cam het a, hoi gi cung im", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r15, G_N_ELEMENTS (r15), "vi");
}

/* Everyday Vietnamese around the fourteenth round's rules (s14-dvi): a
 * condition told ("bị câm", "thiểu năng trí tuệ") is no order and no name;
 * said of "mày" or of a child named after "thằng", "con" (maybe with the
 * class between), wrapped in "bẩm sinh", a story, "đùa thôi", "mẹ ơi", it
 * still warns. */
static void
test_dvi_r14 (void)
{
  static const SpanCase r14[] = {
    { "Cô ơi, bạn Huy bị câm bẩm sinh nhưng bạn ấy vẽ đẹp nhất lớp ạ.", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "Con viết truyện về một cậu bé bị câm nhưng hát bằng tay.", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Nhà cô Hạnh có con bị câm, cả xóm hay sang giúp.", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Bạn Minh bị thiểu năng trí tuệ, cả lớp thay nhau kèm bạn học bài.", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "Em họ con bị thiểu năng trí tuệ nhẹ, tối nào con cũng kèm em.", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "thằng em tao bị câm bẩm sinh", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "em ho t bi thieu nang tri tue nhe, t kem em hoc moi toi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mày bị câm bẩm sinh à", NC_CATEGORY_INSULT, "mày bị câm bẩm sinh", NC_EVIDENCE_LEXICON },
    /* (s15-tone: the silence it mocks joins the span) */
    { "Đùa thôi, mày bị câm à mà hỏi gì cũng im.", NC_CATEGORY_INSULT, "mày bị câm à mà hỏi gì cũng im", NC_EVIDENCE_LEXICON },
    /* (lead, at merge) "bị câm" alone is no condition told */
    { "nó bị câm à, hỏi mãi không trả lời", NC_CATEGORY_INSULT, "câm", NC_EVIDENCE_LEXICON },
    { "đồ bị câm", NC_CATEGORY_INSULT, "câm", NC_EVIDENCE_LEXICON },
    { "bạn Huy bị câm nhưng vẽ rất đẹp", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tụi mày bị câm hết à", NC_CATEGORY_INSULT, "tụi mày bị câm", NC_EVIDENCE_LEXICON },
    { "haha, thằng Khôi lớp bên bị câm thật mà", NC_CATEGORY_INSULT, "thằng Khôi lớp bên bị câm",
      NC_EVIDENCE_LEXICON },
    { "Trong truyện của tao, thằng Đạt bị câm bẩm sinh, cả làng cười nó.", NC_CATEGORY_INSULT,
      "thằng Đạt bị câm bẩm sinh", NC_EVIDENCE_LEXICON },
    { "Mẹ ơi, thằng Quý lớp con bị thiểu năng trí tuệ, con không thèm ngồi cạnh nó.", NC_CATEGORY_INSULT,
      "thằng Quý lớp con bị thiểu năng trí tuệ", NC_EVIDENCE_LEXICON },
    { "Mày thiểu năng trí tuệ à mà làm bài kiểu đấy?", NC_CATEGORY_INSULT, "Mày thiểu năng trí tuệ",
      NC_EVIDENCE_LEXICON },
    { "nói chuyện như đứa bị thiểu năng trí tuệ", NC_CATEGORY_INSULT, "như đứa bị thiểu năng trí tuệ",
      NC_EVIDENCE_LEXICON },
    { "Đồ thiểu năng trí tuệ, tránh xa tao ra.", NC_CATEGORY_INSULT, "Đồ thiểu năng trí tuệ", NC_EVIDENCE_LEXICON },
    /* (s16-vi: the order to keep her out, opening the next clause, now
     * joins the finding) */
    { "con Linh lop t bi thieu nang tri tue, dung choi voi no", NC_CATEGORY_INSULT,
      "con Linh lop t bi thieu nang tri tue, dung choi voi no", NC_EVIDENCE_LEXICON },
    { "Viet truyen cho vui: ngay xua co thang Long lop 7A bi thieu nang tri tue", NC_CATEGORY_INSULT,
      "thang Long lop 7A bi thieu nang tri tue", NC_EVIDENCE_LEXICON },
    { "Đùa tí thôi, nhưng mày đúng là bị câm thật.", NC_CATEGORY_INSULT, "mày đúng là bị câm",
      NC_EVIDENCE_LEXICON },
    { "bạn Huy chắc bị câm bẩm sinh", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (s15-tone: the silence it mocks joins the span) */
    { "thằng cu Tí bị câm à, hỏi gì cũng không nói", NC_CATEGORY_INSULT, "thằng cu Tí bị câm à, hỏi gì cũng không nói",
      NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r14, G_N_ELEMENTS (r14), "vi");
}

/* Everyday Vietnamese and attacks around the fifteenth round's rules
 * (s15-dvi): a classmate given the name of a character whose name is a
 * put-down ("đúng là Tú Bà", "xấu như Thị Nở", "y chang Thi No"; not a
 * child's least-liked character, a role in a play, "con người như Thị
 * Nở"); a classmate named with their class and called a burden (not a
 * pet); game rage said "gà mà còn" (not of oneself); a hotel with a man
 * who is no family (not with one's grandparents); toneless "con ngu voi
 * ba noi" is a child's bedtime, and "mẹ may" with its marks is sewing,
 * while the slur and the swear still warn. */
static void
test_dvi_r15 (void)
{
  static const SpanCase r15[] = {
    { "Con Ngọc 8B đúng là Tú Bà, chuyên dắt gái cho mấy ông già.", NC_CATEGORY_INSULT,
      "Con Ngọc 8B đúng là Tú Bà", NC_EVIDENCE_LEXICON },
    { "Con Hằng lớp mình xấu như Thị Nở.", NC_CATEGORY_INSULT,
      "Con Hằng lớp mình xấu như Thị Nở", NC_EVIDENCE_LEXICON },
    { "m y chang Thi No, soi guong di", NC_CATEGORY_INSULT, "m y chang Thi No", NC_EVIDENCE_LEXICON },
    { "Mày đúng là Lý Thông, được bạn giúp xong quay ra nói xấu bạn.", NC_CATEGORY_INSULT,
      "Mày đúng là Lý Thông", NC_EVIDENCE_LEXICON },
    { "Con người như con Hằng lớp mình thì xấu như Thị Nở, ai thèm chơi.", NC_CATEGORY_INSULT,
      "như con Hằng lớp mình thì xấu như Thị Nở", NC_EVIDENCE_LEXICON },
    { "Con ghét nhất là Lý Thông, vì hắn cướp công của Thạch Sanh mẹ ạ.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Cô bảo ngay cả một con người như Thị Nở cũng khao khát được yêu thương.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Thằng Nam lớp em đóng vai Chí Phèo trong buổi ngoại khóa, cả trường vỗ tay.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Em thấy gọi bạn là đồ tốn cơm là sai, nhưng thằng Huy lớp em ăn hại thật, sống thừa.",
      NC_CATEGORY_INSULT, "thằng Huy lớp em ăn hại", NC_EVIDENCE_LEXICON },
    { "Con mèo nhà em ăn hại thật, làm đổ cả lọ hoa của mẹ.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "t ga thi t nhan, con m ga ma con cai, go game di", NC_CATEGORY_INSULT,
      "con m ga ma con cai, go game di", NC_EVIDENCE_LEXICON },
    { "Tao gà mà còn cố leo rank, chắc gỡ game đi cho rồi.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mẹ ơi, nghe đồn con Trang lớp con đi khách sạn với ông chủ quán net nên mới có tiền mua điện thoại.",
      NC_CATEGORY_INSULT, "lớp con đi khách sạn với ông chủ quán net nên mới có", NC_EVIDENCE_LEXICON },
    { "Hè này con đi khách sạn với ông bà ở Sầm Sơn nên mới được tắm biển.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "toi nay con ngu voi ba noi vi bo me di cong tac", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "may la con ngu, di ngu di", NC_CATEGORY_INSULT, "con ngu", NC_EVIDENCE_LEXICON },
    { "Con đóng vai Tú Bà trong vở kịch, mẹ may giúp con cái áo nhé.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mẹ mày may áo xấu thế.", NC_CATEGORY_INSULT, "Mẹ mày may áo xấu", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r15, G_N_ELEMENTS (r15), "vi");
}

/* Everyday Vietnamese and attacks around the sixteenth round's rules
 * (s16-dvi): a classmate likened in full to a villain ("giống hệt mụ dì
 * ghẻ"; not a role in a play, Cám herself, a child like her mother); a
 * visit with a beating promised (not a sick friend, fruit for a
 * grandmother); a way to die wished on a boy or a girl of a class, or
 * gloated over (not the news, a boy who nearly jumped, a rat, a child's
 * own despair); "đồ buồn nôn" (not car sickness); the brain left at home,
 * asked (not of oneself); an apology taken back by "phải gọi là" (not a
 * name said wrong); a box of countryside food sent (not a classmate
 * likened to one). */
static void
test_dvi_r16 (void)
{
  static const SpanCase r16[] = {
    { "Con Lan lớp mình giống hệt mụ dì ghẻ trong truyện Tấm Cám, ác như quỷ.", NC_CATEGORY_INSULT,
      "Con Lan lớp mình giống hệt mụ dì ghẻ", NC_EVIDENCE_LEXICON },
    { "con Vy lop 7A giong het mu di ghe, ai cung ghet", NC_CATEGORY_INSULT,
      "con Vy lop 7A giong het mu di ghe", NC_EVIDENCE_LEXICON },
    { "Mày chẳng khác gì Lý Thông, đồ phản bạn.", NC_CATEGORY_INSULT,
      "Mày chẳng khác gì Lý Thông", NC_EVIDENCE_LEXICON },
    { "Trong vở kịch của lớp, tớ đóng vai mụ dì ghẻ nên phải tập nói giọng ác ác.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Chuyện con Cám trong truyện chẳng khác gì chuyện dì ghẻ con chồng ngày xưa, bà kể thế.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Con giống hệt mẹ hồi nhỏ, bà ngoại bảo thế đấy.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "nha con Yen o ngo 7, ae qua hoi tham no cho no nho doi", NC_CATEGORY_VIOLENCE,
      "qua hoi tham no cho no nho doi", NC_EVIDENCE_LEXICON },
    { "Nhà thằng Khánh ở cuối ngõ 12, tối nay cả bọn qua hỏi thăm nó nhé, mang theo gậy.", NC_CATEGORY_VIOLENCE,
      "cả bọn qua hỏi thăm nó nhé, mang theo gậy", NC_EVIDENCE_LEXICON },
    { "Mai tớ qua hỏi thăm ông nhé, mang gậy theo cho ông.", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mai tớ qua hỏi thăm Minh nhé, bạn ấy bị gãy tay nằm viện từ hôm thứ Hai.", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Mai cả nhà qua hỏi thăm bà nội, mẹ dặn mang theo ít hoa quả.", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Tin nóng: thằng Phúc lớp 8A nên nhảy lầu cho xong, cả trường đỡ mệt.", NC_CATEGORY_VIOLENCE,
      "thằng Phúc lớp 8A nên nhảy lầu cho xong", NC_EVIDENCE_LEXICON },
    { "Mẹ ơi, con Hà lớp con đáng bị uống thuốc chuột, ai cũng ghét nó.", NC_CATEGORY_VIOLENCE,
      "con Hà lớp con đáng bị uống thuốc chuột", NC_EVIDENCE_LEXICON },
    { "Cô ơi, thằng Bảo đáng bị nhảy lầu ạ, nó toàn bắt nạt bạn.", NC_CATEGORY_VIOLENCE,
      "thằng Bảo đáng bị nhảy lầu", NC_EVIDENCE_LEXICON },
    { "Trong truyện của tao, thằng Tín lớp mình nhảy lầu, cả lớp mừng.", NC_CATEGORY_VIOLENCE,
      "nhảy lầu, cả lớp mừng", NC_EVIDENCE_LEXICON },
    { "Tối qua thời sự có tin một người nhảy lầu ở chung cư, mẹ bảo con đừng xem mấy tin đó nhiều.", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Thằng bé hàng xóm suýt nhảy sông vì bị bắt nạt, may mà có người kịp kéo lại.", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "con chuot uong thuoc chuot chet roi, dang doi, cu can day dien nha t", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "chán quá, con nhảy lầu cho xong", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "thằng bé trong phim nhảy sông cho xong đời, xem buồn quá", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Xin lỗi chứ con Hạnh đúng là đồ buồn nôn thật.", NC_CATEGORY_INSULT,
      "đồ buồn nôn", NC_EVIDENCE_LEXICON },
    { "Con say xe nên cứ lên ô tô là buồn nôn, mẹ mua giúp con miếng dán chống say nhé.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Học mãi không vào, não để quên ở nhà à?", NC_CATEGORY_INSULT,
      "não để quên ở nhà à", NC_EVIDENCE_LEXICON },
    { "hom nay t quen ca vo lan but, chac nao de o nha roi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Tớ xin lỗi vì đã gọi cậu là đồ điếc, đáng lẽ phải gọi là đồ câm điếc.", NC_CATEGORY_INSULT,
      "đồ điếc", NC_EVIDENCE_LEXICON },
    { "Tớ xin lỗi vì gọi nhầm tên cậu, phải gọi là Ngọc mới đúng.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Tớ xin lỗi vì đã gọi cậu là đồ ngốc, lẽ ra phải gọi là bạn tốt nhất của tớ.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Thằng Tùng lớp mình nhìn như cái thùng đồ nhà quê, quê không chịu được.", NC_CATEGORY_HATE,
      "đồ nhà quê", NC_EVIDENCE_LEXICON },
    { "Bà ngoại gửi một thùng đồ nhà quê lên: gạo mới, trứng gà, rau cải, mẹ chia cho hàng xóm một ít.", NC_CATEGORY_HATE,
      NULL, NC_EVIDENCE_LEXICON },
    { "Con mang túi đồ nhà quê sang biếu cô giáo, cô cảm ơn mãi.", NC_CATEGORY_HATE,
      NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r16, G_N_ELEMENTS (r16), "vi");
}

/* Vietnamese kinds of the thirteenth round (s13-vi): a disease rumour to
 * make others shun someone (a pet's mange, a cold, a mother's care about
 * lice), contempt for a kind of people or a poor child (a kind of cake, a
 * rank, a poor child praised), a group formed to shut out a named child
 * (a study group, nobody left out, a bot), a clip of "you" at an awkward
 * moment sent to the class (a show's clip, a clip the friend filmed), a
 * moment filmed in secret, a group pretending not to see someone (one
 * child's way to bear teasing). */
static void
test_vi_r13 (void)
{
  static const SpanCase r13[] = {
    { "Tránh xa con Mai ra, nó bị ghẻ đấy", NC_CATEGORY_INSULT,
      "Tránh xa con Mai ra, nó bị ghẻ", NC_EVIDENCE_LEXICON },
    { "Tránh xa con chó nhà bác Tư ra, nó bị ghẻ đấy", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tránh xa con chó Mai ra, nó bị ghẻ đấy", NC_CATEGORY_INSULT,
      "tránh xa con chó Mai ra, nó bị ghẻ", NC_EVIDENCE_LEXICON },
    { "Con Vy bị hắc lào đấy, tránh xa nó ra", NC_CATEGORY_INSULT,
      "bị hắc lào đấy, tránh xa nó", NC_EVIDENCE_LEXICON },
    { "Con mèo bị ghẻ đấy, đừng lại gần nó", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Ai ngồi cạnh thằng Phúc thì coi chừng bị lây chấy nhé", NC_CATEGORY_INSULT,
      "Ai ngồi cạnh thằng Phúc thì coi chừng bị lây", NC_EVIDENCE_LEXICON },
    { "Ai ngồi cạnh bạn bị cúm thì dễ bị lây lắm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Tránh xa tao ra, tao đang bị cúm đấy", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Mẹ bảo đừng dùng chung lược với ai, dễ bị lây chấy", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Cả lớp đừng ai dùng chung đồ với con Hoa", NC_CATEGORY_INSULT,
      "Cả lớp đừng ai dùng chung đồ với con Hoa", NC_EVIDENCE_LEXICON },
    { "Loại như mày thì cả đời cũng chỉ thế thôi", NC_CATEGORY_INSULT,
      "Loại như mày thì cả đời cũng chỉ thế thôi", NC_EVIDENCE_LEXICON },
    { "Loại bánh này ngon lắm, cả đời chưa ăn cái nào ngon thế", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Hạng nhất cuộc thi vẽ là bạn Thảo, không ai làm được như bạn ấy", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Con nhà nghèo thì biết gì mà góp ý", NC_CATEGORY_INSULT,
      "Con nhà nghèo thì biết gì mà", NC_EVIDENCE_LEXICON },
    { "Con nhà nghèo vượt khó được nhận học bổng", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nha ngheo ma doi hoc truong quoc te", NC_CATEGORY_INSULT, "nha ngheo ma doi hoc", NC_EVIDENCE_LEXICON },
    { "Ba đứa mình lập nhóm riêng đi, đừng cho con Thảo vào", NC_CATEGORY_INSULT,
      "lập nhóm riêng đi, đừng cho con", NC_EVIDENCE_LEXICON },
    { "Ba đứa mình lập nhóm làm bài đi, rủ thêm Thảo nữa", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "lập group mới đi, không có thằng nào bị bỏ lại đâu", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "đừng add con Trang vào nhóm", NC_CATEGORY_INSULT, "đừng add con Trang vào nhóm", NC_EVIDENCE_LEXICON },
    { "đừng add con bot vào nhóm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Tao sẽ gửi clip mày ngã cho cả lớp xem", NC_CATEGORY_INSULT,
      "gửi clip mày ngã cho cả lớp", NC_EVIDENCE_LEXICON },
    { "Tớ gửi clip buổi văn nghệ cho cả lớp xem nhé", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "gửi clip mày quay cho cả lớp xem đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "t gui clip m nga cho ca lop xem nhe", NC_CATEGORY_INSULT, "t gui clip m nga cho ca lop", NC_EVIDENCE_LEXICON },
    { "chup len luc no ngu ha mom roi gui nhom cho ca bon cuoi", NC_CATEGORY_INSULT,
      "chup len luc no ngu ha mom roi gui nhom cho ca bon cuoi", NC_EVIDENCE_LEXICON },
    { "tụi mình giả vờ không thấy nó nhé, cho nó tự kỷ luôn", NC_CATEGORY_INSULT,
      "tụi mình giả vờ không thấy nó nhé, cho nó tự kỷ", NC_EVIDENCE_LEXICON },
    { "tụi mình giả vờ không thấy nó nhé, để tối tặng quà bất ngờ", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "cứ giả vờ không thấy nó là nó chán", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (batch r13v2) more ways to keep away, the order with a name and "ra
     * nhé" (a road, a pothole), every kind word (a pet), "ra rìa" (a child
     * seated at the edge of the yard), a picture laughed at with no group,
     * pretending not to know a named child; a poor family pitied */
    { "Đùa thôi nhưng mà tránh xa con Yến ra nhé, nó có chấy thật đấy", NC_CATEGORY_INSULT,
      "tránh xa con Yến ra nhé, nó có chấy", NC_EVIDENCE_LEXICON },
    { "tránh xa con đường đó ra, hay ngập lắm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Hạng người như con Hương thì làm gì có ai thèm chơi", NC_CATEGORY_INSULT,
      "Hạng người như con Hương thì làm gì có ai", NC_EVIDENCE_LEXICON },
    { "loại như con mèo nhà tớ thì biết gì đâu, suốt ngày ngủ", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Nhà nghèo đói thì làm gì có ai giúp", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "lap nhom chat moi di, lan nay cho thang Tuan ra ria luon", NC_CATEGORY_INSULT,
      "cho thang Tuan ra ria", NC_EVIDENCE_LEXICON },
    { "Cô cho nó ngồi rìa sân vì đau chân", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Mẹ ơi con định gửi clip con Trâm ngã cho cả lớp cười, vui ghê", NC_CATEGORY_INSULT,
      "clip con Trâm ngã cho cả lớp cười", NC_EVIDENCE_LEXICON },
    { "ca nhom gia bo khong quen thang Dat nhe", NC_CATEGORY_INSULT,
      "ca nhom gia bo khong quen thang", NC_EVIDENCE_LEXICON },
    /* (tuning parts without marks) a boy's clip at an awkward moment posted
     * by a verb to a group (where it is told, a goal filmed) */
    { "Up cai clip thang Phong vap nga len group di moi nguoi", NC_CATEGORY_INSULT,
      "Up cai clip thang Phong vap nga len group", NC_EVIDENCE_LEXICON },
    { "clip thằng Minh hát sai lời lên nhóm lớp rồi kìa, nó hát hay mà", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Tớ quay clip thằng Nam ghi bàn, up lên group lớp nhé", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (batch r13v3) a drink shared (a baby with a cold), told not to dream
     * (a first prize), three words before the comma, the clip threatened
     * in the next clause (friends laughing, a clip sent to the friend) */
    { "Đừng có uống chung chai với con Thơ, nó bị lao đấy", NC_CATEGORY_INSULT,
      "Đừng có uống chung chai với con Thơ, nó bị lao", NC_EVIDENCE_LEXICON },
    { "Đừng có uống chung chai với em bé, em đang bị cảm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Hạng như mày thì đừng mơ vào đội tuyển", NC_CATEGORY_INSULT,
      "Hạng như mày thì đừng mơ", NC_EVIDENCE_LEXICON },
    { "hạng nhất thì đừng mơ, mình cố gắng lấy giải ba thôi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Lập nhóm riêng đi tụi bây, không rủ con Trinh nữa", NC_CATEGORY_INSULT,
      "Lập nhóm riêng đi tụi bây, không rủ con Trinh", NC_EVIDENCE_LEXICON },
    { "Tao có video mày bị té sấp mặt, tối nay tao đăng lên nhóm lớp", NC_CATEGORY_INSULT,
      "video mày bị té sấp mặt, tối nay tao đăng lên nhóm lớp", NC_EVIDENCE_LEXICON },
    { "t có video m té sấp mặt, cười đau bụng", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "t có video m té sấp mặt, mai t gửi cho m xem", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (the toneless tuning part of vi_unkind) told to wash (a question and
     * "tạm"), bad ways blamed on no parents (a story's pity), driven out of
     * the group (a cat out of a room, a pupil sent out by the teacher) */
    { "May hoi qua, tam di", NC_CATEGORY_INSULT, "May hoi qua, tam di", NC_EVIDENCE_LEXICON },
    { "m hoi nhieu qua, tam thoi dung hoi nua", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Thang do khong cha khong me nen moi lao", NC_CATEGORY_INSULT,
      "khong cha khong me nen moi lao", NC_EVIDENCE_LEXICON },
    { "Cậu bé mồ côi nên mới phải đi bán vé số", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "duoi me no ra khoi nhom di", NC_CATEGORY_INSULT, "duoi me no ra khoi nhom", NC_EVIDENCE_LEXICON },
    { "Đuổi con mèo ra khỏi phòng đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Cô đuổi nó ra khỏi lớp vì nói chuyện", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (the toneless tuning part of vi_toneless) fell asleep partway */
    { "phim hqua do qua xem dc nua thi ngu", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "t noi roi ma m van ngu the", NC_CATEGORY_INSULT, "ngu the", NC_EVIDENCE_LEXICON },
    /* (the lead) a child named after "thằng", "con" said to stink, or
     * someone said to stink and to be avoided (a fish, a child speaking of
     * itself, "hỏi" typed without marks) */
    { "con Lan hôi lắm, đừng ngồi gần", NC_CATEGORY_INSULT, "con Lan hôi lắm", NC_EVIDENCE_LEXICON },
    { "nó hôi lắm, đừng ngồi gần nó", NC_CATEGORY_INSULT, "nó hôi lắm, đừng ngồi gần nó", NC_EVIDENCE_LEXICON },
    { "con cá này hôi lắm, vứt đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mẹ ơi con hôi quá, con đi tắm đây", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "con lan hoi lam", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (the lead) the writer left out or hated, told to an elder the
     * writer calls (not "con Lan", not with no elder called) */
    { "bố ơi, cả lớp không ai chơi với con", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mẹ ơi, cả lớp ghét con lắm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "bố ơi, cả lớp không ai chơi với con Lan", NC_CATEGORY_INSULT, "cả lớp không ai chơi với con Lan",
      NC_EVIDENCE_LEXICON },
    { "cả lớp không ai chơi với con", NC_CATEGORY_INSULT, "cả lớp không ai chơi với con", NC_EVIDENCE_LEXICON },
    /* (the lead) a witch said of someone (a film's witch) */
    { "cô ấy đúng là mụ phù thủy già", NC_CATEGORY_INSULT, "đúng là mụ phù thủy già", NC_EVIDENCE_LEXICON },
    { "phim này có mụ phù thủy ghê quá", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r13, G_N_ELEMENTS (r13), "vi");
}

/* English kinds of the eleventh round (s11-en): a flaw pointed out in the
 * next clause after a third person's body part is shown; a put-down with
 * chat's intensifiers and a dismissal as the whole draft ("ugly af,
 * delete your account"); an insult of two words run together. Each with a twin that must not warn: one's own
 * hair, a pet, a reaction, privacy advice, a parent's rule. */
static void
test_en_r11 (void)
{
  static const SpanCase r11[] = {
    { "look at his nose, it's so huge lol", NC_CATEGORY_INSULT, "look at his nose, it's so huge", NC_EVIDENCE_LEXICON },
    { "look at the dog's nose, it's so huge lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "look at her hair, it's like a bird's nest", NC_CATEGORY_INSULT, "look at her hair, it's like a bird's nest",
      NC_EVIDENCE_LEXICON },
    { "look at my hair this morning, it's like a bird's nest", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "look at her hair, it's so pretty", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "check out her arms, they look like sticks", NC_CATEGORY_INSULT, "check out her arms, they look like sticks",
      NC_EVIDENCE_LEXICON },
    { "look at her cat, it looks like a potato lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "look at his ears, they stick out like satellite dishes", NC_CATEGORY_INSULT,
      "look at his ears, they stick out like", NC_EVIDENCE_LEXICON },
    { "look at the puppy's ears, they stick out like a bat's", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "look at his nose. it's so huge, said the elephant keeper", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ugly af, delete your account", NC_CATEGORY_INSULT, "ugly", NC_EVIDENCE_LEXICON },
    { "delete your account if it got hacked", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "cringe af, log off", NC_CATEGORY_INSULT, "cringe", NC_EVIDENCE_CONTEXT },
    { "i need to log off, dinner is ready", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "log off", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "delete this lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "your face when you get a 3 on the test", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tired af lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* "af" alone rates a thing as often as a person: only beside a second
     * put-down or a dismissal */
    { "lame af lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* oneself as the fool of a story; a thing that lags */
    { "haha i fell off my bike and looked like an idiot", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you fell off your bike and looked like an idiot", NC_CATEGORY_INSULT, "idiot", NC_EVIDENCE_LEXICON },
    { "my character died because of the stupid lag", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "so lame, log off", NC_CATEGORY_INSULT, "lame", NC_EVIDENCE_CONTEXT },
    { "so ugly lmao, delete ur account pls", NC_CATEGORY_INSULT, "so ugly", NC_EVIDENCE_LEXICON },
    /* an insult of two words run together; a toy's or a cartoon's name
     * is no entry */
    { "youre such a fatpig", NC_CATEGORY_INSULT, "fatpig", NC_EVIDENCE_LEXICON },
    { "uglycow get out of our chat", NC_CATEGORY_INSULT, "uglycow", NC_EVIDENCE_LEXICON },
    { "i love the fatcat cartoon", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "my sister's favourite toy is the uglydoll", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "stupididiot", NC_CATEGORY_INSULT, "stupid", NC_EVIDENCE_LEXICON },
    { "a fatal error again, my game crashed", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "a dumbbell workout with my dad", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "got a new hoodie from FatFace", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ur such a FATPIG", NC_CATEGORY_INSULT, "FATPIG", NC_EVIDENCE_LEXICON },
    /* a stutter mocked: two words or more, and a target; not a shiver,
     * nor one's own words */
    { "w-w-what did you s-s-say lol", NC_CATEGORY_INSULT, "w-w-what did you s-s-say", NC_EVIDENCE_CONTEXT },
    { "c-c-cold outside, can you bring my jacket", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "it's s-s-so c-c-cold, how are you guys", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "check out his arms, they're massive", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "look at her eyes, they're so huge and cute", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "bruh you're crazy", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i-i-i'm s-s-so cold, can you close the window", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* told where one belongs; looks rated low (not a film or a dish) */
    { "you belong in the sped class", NC_CATEGORY_INSULT, "you belong in the sped class", NC_EVIDENCE_LEXICON },
    { "you belong in the school choir, you sing so well", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "her face is a 3 out of 10 at best", NC_CATEGORY_INSULT, "her face is a 3 out of 10", NC_EVIDENCE_LEXICON },
    { "the movie was a solid 3 out of 10 at best", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "solid 2/10, would not date", NC_CATEGORY_INSULT, "2/10, would not date", NC_EVIDENCE_LEXICON },
    { "10/10 would eat that pizza again", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you're like a 4 on a good day lol", NC_CATEGORY_INSULT, "you're like a 4 on a good day", NC_EVIDENCE_LEXICON },
    { "that burger was a 2/10, would not eat again", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r11, G_N_ELEMENTS (r11), "en");
}

/* English kinds of the twelfth round (s12-en): compositions about books
 * and history (a story's third person described, names a narrator
 * reports, a pet called an idiot, things called stupid, a racist order
 * reported, lynching told as history) and unkind kinds still missed (a
 * girl's chest, "4 eyes", "one" for a put-down, looks likened to an
 * animal's). Each with a case that must still warn: a second person, the
 * order or the threat itself. */
static void
test_en_r12 (void)
{
  static const SpanCase r12[] = {
    /* a story retold in a composition: a third person's targets aim
     * nothing; in a chat line a story's words are a trick or gossip
     * (lead) */
    { "The villain in my story is a greedy old king who steals gold from the poor villagers. He is fat, "
      "lazy and cruel, and he laughs when people starve. In the end a brave girl tricks him and the "
      "villagers take back their gold.", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "bob ewell is the worst character in the book, he's a liar and a drunk", NC_CATEGORY_INSULT,
      "he's a liar and a drunk", NC_EVIDENCE_CONTEXT },
    { "Lan is the villain of our class, she's a fat pig", NC_CATEGORY_INSULT, "fat pig", NC_EVIDENCE_LEXICON },
    { "In Minecraft, Tom is so dumb. He can't even build a house.", NC_CATEGORY_INSULT, "so dumb",
      NC_EVIDENCE_LEXICON },
    { "He is fat, lazy and cruel.", NC_CATEGORY_INSULT, "He is fat", NC_EVIDENCE_CONTEXT },
    { "you're fat, lazy and cruel, just like the villain", NC_CATEGORY_INSULT, "you're fat", NC_EVIDENCE_LEXICON },
    /* names reported, a name between; a second person inside aims them */
    { "In the book, Julian calls Auggie a freak and a monster", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "The kids at school call Harry a weirdo", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Fans yelled at him and called him a loser", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (lead) the speaker, their friends or everyone calling someone so */
    { "everyone calls Lan a fat pig", NC_CATEGORY_INSULT, "everyone calls Lan a fat pig", NC_EVIDENCE_LEXICON },
    { "lol we called Tom a freak and he cried", NC_CATEGORY_INSULT, "we called Tom a freak", NC_EVIDENCE_LEXICON },
    { "Julian calls you a freak and a monster", NC_CATEGORY_INSULT, "you a freak", NC_EVIDENCE_CONTEXT },
    { "everyone calls you a loser behind your back", NC_CATEGORY_INSULT, "everyone calls you a loser",
      NC_EVIDENCE_LEXICON },
    /* a pet called foolish; a brother is not a pet */
    { "my cat is such an idiot, she fell off the couch again", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "my dog looked like an idiot chasing snowflakes", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you're such an idiot, even my cat is smarter", NC_CATEGORY_INSULT, "you're such an idiot",
      NC_EVIDENCE_LEXICON },
    { "my brother is such an idiot", NC_CATEGORY_INSULT, "idiot", NC_EVIDENCE_LEXICON },
    /* things called stupid */
    { "he says war is stupid", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "the dress code is stupid lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "your stupid face", NC_CATEGORY_INSULT, "stupid face", NC_EVIDENCE_LEXICON },
    /* a racist order reported; said to someone it warns */
    { "Fans yelled at him and told him to go back to Africa", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "they told me to go back to China and I cried", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "tell him to go back to china lol", NC_CATEGORY_HATE, "go back to china", NC_EVIDENCE_LEXICON },
    /* (lead) not what the speaker said */
    { "we told him to go back to Africa haha", NC_CATEGORY_HATE, "we told him to go back to Africa",
      NC_EVIDENCE_LEXICON },
    { "they told you to go back to africa", NC_CATEGORY_HATE, "go back to africa", NC_EVIDENCE_LEXICON },
    { "go back to africa", NC_CATEGORY_HATE, "go back to africa", NC_EVIDENCE_LEXICON },
    /* lynching and executions told as history; threats still block (the
     * severity: cases[]) */
    { "They wanted to lynch Tom but Scout talked to the men", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "Thousands of people were lynched in the South", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "George shoots Lennie to save him from a lynch mob", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "The mob wanted to lynch him, but Atticus sat outside the jail all night", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "they wanted to lynch you", NC_CATEGORY_VIOLENCE, "lynch you", NC_EVIDENCE_CONTEXT },
    { "The king was executed in 1793", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i'll lynch you", NC_CATEGORY_VIOLENCE, "i'll lynch you", NC_EVIDENCE_CONTEXT },
    { "we should lynch him", NC_CATEGORY_VIOLENCE, "we should lynch him", NC_EVIDENCE_CONTEXT },
    /* (lead) how put-downs make someone feel, told; said to "you" it
     * still warns */
    { "it made me feel worthless", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "bullies hurt with words until they feel worthless", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you should feel worthless", NC_CATEGORY_INSULT, "you should feel worthless", NC_EVIDENCE_CONTEXT },
    { "feel worthless yet?", NC_CATEGORY_INSULT, "worthless", NC_EVIDENCE_LEXICON },
    /* (lead) what someone said of the child, told by the child */
    { "he said i'm worthless and nobody likes me", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "lol he said i'm a loser, you're a bigger loser", NC_CATEGORY_INSULT, "loser", NC_EVIDENCE_LEXICON },
    /* (lead) a team or a game's other side is "them" */
    { "let's slaughter them in the game tonight", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "we will massacre them in the final", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "they should execute you lol", NC_CATEGORY_VIOLENCE, "they should execute you", NC_EVIDENCE_CONTEXT },
    { "you'll get lynched", NC_CATEGORY_VIOLENCE, "you'll get lynched", NC_EVIDENCE_LEXICON },
    /* oneself crying like a baby in a story */
    { "I was so scared I started crying like a baby", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "stop crying like a baby", NC_CATEGORY_INSULT, "crying like a baby", NC_EVIDENCE_LEXICON },
    /* unkind kinds: a girl's chest, "4 eyes", "one" for a put-down, an
     * animal's teeth */
    { "she's so flat lol, like a board", NC_CATEGORY_INSULT, "she's so flat", NC_EVIDENCE_LEXICON },
    { "the soda is so flat", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "4 eyes can't even catch a ball", NC_CATEGORY_INSULT, "4 eyes", NC_EVIDENCE_LEXICON },
    { "I feel like an idiot, and you are one too", NC_CATEGORY_INSULT, "I feel like an idiot, and you are one too",
      NC_EVIDENCE_LEXICON },
    { "I feel like an idiot", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "look at her teeth, they look like a horse's", NC_CATEGORY_INSULT,
      "look at her teeth, they look like a horse's", NC_EVIDENCE_LEXICON },
    { "look at my puppy's teeth, they look like a horse's", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (second batch, r12e2) a put-down told of a story's character, no
     * one addressed; not a crude word, nor with "you" in the draft */
    { "The villain in the story is a spoiled brat who screams all day. She wants everything she sees, and "
      "her father buys it for her. In the end she falls down a chute in the chocolate factory.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "The villain in the story is a spoiled brat who screams all day.", NC_CATEGORY_INSULT, "spoiled brat",
      NC_EVIDENCE_LEXICON },
    { "In the story Veruca is a spoiled brat, and you are one too.", NC_CATEGORY_INSULT, "spoiled brat",
      NC_EVIDENCE_LEXICON },
    { "Veruca Salt is a spoiled brat.", NC_CATEGORY_INSULT, "spoiled brat", NC_EVIDENCE_LEXICON },
    { "the villain in the story is a bitch", NC_CATEGORY_INSULT, "bitch", NC_EVIDENCE_LEXICON },
    /* what a character thinks of himself; a fool called cute */
    { "The main character is Max, who thinks he is dumb.", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you think you're dumb lol", NC_CATEGORY_INSULT, "you're dumb", NC_EVIDENCE_LEXICON },
    { "He is the cutest idiot ever.", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you cute idiot", NC_CATEGORY_INSULT, "idiot", NC_EVIDENCE_LEXICON },
    /* a book's title; a racist order shouted, reported */
    { "My book report is on Freak the Mighty", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you freak", NC_CATEGORY_INSULT, "you freak", NC_EVIDENCE_LEXICON },
    { "a man shouted at her to go back to China", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "someone should lynch that kid", NC_CATEGORY_VIOLENCE, "someone should lynch that kid", NC_EVIDENCE_LEXICON },
    /* teenagers' "main character" and an Instagram story tell no story;
     * "slut" reported with a name between still blocks */
    { "in the story she posted she looks so fat", NC_CATEGORY_INSULT, "she looks so fat", NC_EVIDENCE_CONTEXT },
    { "she thinks she's the main character lol she's so ugly", NC_CATEGORY_INSULT, "she's so ugly",
      NC_EVIDENCE_CONTEXT },
    { "everyone calls Lan a slut", NC_CATEGORY_INSULT, "slut", NC_EVIDENCE_LEXICON },
    /* (third batch, r12e3) a composition that opens on a title; not a
     * lesson, nor a chat line of one sentence */
    { "In The Lion King, Scar is jealous of his brother Mufasa, who is the king. He is lazy and cruel, and he "
      "makes a plan with the hyenas. He throws Mufasa off a cliff and tells Simba it was his fault.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "In PE, he is so fat. He can't run. Everyone laughs.", NC_CATEGORY_INSULT, "he is so fat", NC_EVIDENCE_CONTEXT },
    { "In Math, she is so dumb. She never knows the answer. Everyone laughs.", NC_CATEGORY_INSULT, "so dumb",
      NC_EVIDENCE_LEXICON },
    { "In The Lion King, he is lazy and cruel lol", NC_CATEGORY_INSULT, "he is lazy and cruel", NC_EVIDENCE_CONTEXT },
    /* one's own family in a mishap; old ads as things */
    { "my brother looked like an idiot with his head stuck in the railing", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "you looked like an idiot", NC_CATEGORY_INSULT, "idiot", NC_EVIDENCE_LEXICON },
    { "I think those old ads were really dumb", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* en_unkind's tuning misses: the r-word aimed, sight mocked, seats */
    { "you r-word", NC_CATEGORY_INSULT, "you r-word", NC_EVIDENCE_LEXICON },
    { "we shouldnt say the r-word", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "what are you, blind", NC_CATEGORY_INSULT, "what are you, blind", NC_EVIDENCE_LEXICON },
    { "what are you doing, the blind guy needs help", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ur so big u take up two seats", NC_CATEGORY_INSULT, "ur so big u take up two seats", NC_EVIDENCE_CONTEXT },
    { "my dog takes up two seats on the couch", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r12, G_N_ELEMENTS (r12), "en");
}

/* Twelfth round (s12-gate): in a Vietnamese composition that addresses no
 * one (composition-sized, typed with marks, no target, "tao", "thằng" or
 * "con" before a name or "kia"), the model's words are info: a work
 * retold or an essay on drugs names crimes and curses at no one. A
 * second person, "tao", "thằng" or "con" with a name still warns there,
 * and a chat line is judged as before ("mày như lão Hạc ấy"). */
static void
test_vi_r12_composition (void)
{
#define CHI_PHEO "Nhân vật Chí Phèo là nạn nhân của xã hội cũ. Bá Kiến đẩy anh vào tù, ra tù Chí say rượu, vừa " \
                 "đi vừa chửi, rạch mặt ăn vạ và giết người thuê. Bát cháo hành của thị Nở đánh thức lương tri " \
                 "trong Chí. "
  static const SpanCase r12[] = {
    { CHI_PHEO "Bị từ chối, Chí giết Bá Kiến rồi tự sát, một cái kết rất bi thảm.", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_NGRAM },
    { CHI_PHEO "Con chó nhà bá Kiến cũng sợ Chí Phèo.", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_NGRAM },
    { "Ma túy là hiểm họa của xã hội. Người nghiện vì thiếu tiền mua thuốc mà trộm cắp, cướp giật, thậm chí "
      "giết người. Nhiều gia đình tan nát. Học sinh phải nói không với ma túy.", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_NGRAM },
    { CHI_PHEO "Mày cũng say rượu rồi chửi như Chí Phèo thôi.", NC_CATEGORY_INSULT, "nạn", NC_EVIDENCE_NGRAM },
    { CHI_PHEO "Thằng Tuấn lớp mình cũng say rượu rồi chửi như Chí Phèo.", NC_CATEGORY_INSULT, "nạn",
      NC_EVIDENCE_NGRAM },
    { CHI_PHEO "Con Thảo lớp mình cũng say rượu rồi chửi như Chí Phèo.", NC_CATEGORY_INSULT, "nạn",
      NC_EVIDENCE_NGRAM },
    { CHI_PHEO "Tao thấy Chí Phèo còn hơn khối đứa.", NC_CATEGORY_INSULT, "nạn", NC_EVIDENCE_NGRAM },
    { "mày như lão Hạc ấy", NC_CATEGORY_INSULT, "lão Hạc", NC_EVIDENCE_NGRAM },
  };
#undef CHI_PHEO

  assert_span_cases (r12, G_N_ELEMENTS (r12), "vi");
}

/* Twelfth round, s12-enmiss: English unkind kinds the tuning part still
 * missed, each with a case that must warn and one that must not. */
static void
test_en_r12m (void)
{
  static const SpanCase r12m[] = {
    /* "none of us", "not one person" as "nobody" */
    { "none of us actually like you", NC_CATEGORY_INSULT, "none of us actually like you", NC_EVIDENCE_CONTEXT },
    { "none of us knew it was a holiday lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "not one person showed up to your party lmao", NC_CATEGORY_INSULT, "not one person showed up to your",
      NC_EVIDENCE_CONTEXT },
    { "not one person in my family likes olives", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* someone not named said to need a wash; not a puppy nor oneself */
    { "someone in this class really needs a shower", NC_CATEGORY_INSULT,
      "someone in this class really needs a shower", NC_EVIDENCE_LEXICON },
    { "not saying who but somebody needs deodorant", NC_CATEGORY_INSULT,
      "not saying who but somebody needs deodorant", NC_EVIDENCE_LEXICON },
    { "somebody needs a bath, the puppy rolled in mud again", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i think i need a shower, i smell like the gym", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* a group told to shun someone; a scam account blocked */
    { "block her everyone lol", NC_CATEGORY_INSULT, "block her everyone", NC_EVIDENCE_LEXICON },
    { "block him everyone, he's a scammer", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "report him everyone, he keeps posting spam in the server", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ignore her guys, she's my little sister being silly on my phone", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "ignore him guys he's so annoying", NC_CATEGORY_INSULT, "ignore him guys he's so annoying",
      NC_EVIDENCE_LEXICON },
    /* sarcastic praise */
    { "so happy you came, said nobody", NC_CATEGORY_INSULT, "so happy you came, said nobody", NC_EVIDENCE_LEXICON },
    { "love this song, said every kid on the bus", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "wow ur so pretty, NOT", NC_CATEGORY_INSULT, "ur so pretty, NOT", NC_EVIDENCE_LEXICON },
    { "you're so funny, not gonna lie you made my day", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "Emma you're so brave, not many people would do that", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you got a D, what a genius", NC_CATEGORY_INSULT, "you got a D, what a genius", NC_EVIDENCE_LEXICON },
    { "you got an A on the quiz, such a genius", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "omg you actually brushed your hair today, proud of you", NC_CATEGORY_INSULT,
      "you actually brushed your hair today, proud of you", NC_EVIDENCE_LEXICON },
    { "wow you finally passed your driving test, so proud", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* a blunder laughed at before everyone; the writer's own */
    { "lmao Mia you fell in front of the whole class", NC_CATEGORY_INSULT,
      "lmao Mia you fell in front of the whole class", NC_EVIDENCE_LEXICON },
    { "lol i tripped in front of the whole class today", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* skin colour mocked; a dark room */
    { "ur so dark u disappear in photos", NC_CATEGORY_HATE, "ur so dark u disappear in photos",
      NC_EVIDENCE_LEXICON },
    { "the room is so dark we can't see you in the video, turn on a light", NC_CATEGORY_HATE, NULL,
      NC_EVIDENCE_LEXICON },
    /* where someone lives or rides home, with a menace; a visit planned */
    { "i know what time you walk home, watch your back", NC_CATEGORY_VIOLENCE,
      "i know what time you walk home, watch your back", NC_EVIDENCE_LEXICON },
    { "i know which bus you take, it's the same as mine", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i know where your house is, see you soon for the sleepover", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r12m, G_N_ELEMENTS (r12m), "en");
}

/* Thirteenth round, s13-den: everyday English of new kinds (the farm and
 * the kitchen, a garden hoe) and their words aimed at a classmate (a
 * farm word as a threat, a death wished on "your" grandma or dog); each
 * kind with a case that must warn and one that must not. */
static void
test_en_r13n (void)
{
  static const SpanCase r13n[] = {
    /* an animal killed on the farm or in the kitchen; a threat beside it,
     * an animal children call each other */
    { "you have to kill the crab before you boil it", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "we had to kill the old hens, they stopped laying", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "first we kill the crab, then i'm gonna kill you", NC_CATEGORY_VIOLENCE, "i'm gonna kill you",
      NC_EVIDENCE_CONTEXT },
    { "somebody should slaughter the fat pig in our class", NC_CATEGORY_INSULT, "fat pig", NC_EVIDENCE_LEXICON },
    { "i'll kill you, you pig", NC_CATEGORY_VIOLENCE, "i'll kill you", NC_EVIDENCE_CONTEXT },
    /* the farm's words for killing, aimed at a person; at a fish, a team */
    { "grandma gutted the fish and i skinned the rabbit", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "we're gonna slaughter them in the final", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i'll gut you like a fish if you tell on me", NC_CATEGORY_VIOLENCE, "i'll gut you", NC_EVIDENCE_LEXICON },
    { "sorry, i'm going to butcher your name, how do you say it?", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "i'm gonna butcher you after school", NC_CATEGORY_VIOLENCE, "i'm gonna butcher you", NC_EVIDENCE_LEXICON },
    /* an intent said in earnest; a race won */
    { "lol jk but i really will gut you if you tell", NC_CATEGORY_VIOLENCE, "i really will gut you",
      NC_EVIDENCE_LEXICON },
    { "i'm actually gonna beat you in mario kart this time", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    /* a death wished on "your" grandma or pet; a get-well wish, a warning */
    { "i hope your grandma dies", NC_CATEGORY_VIOLENCE, "i hope your grandma dies", NC_EVIDENCE_LEXICON },
    { "hope your dog gets run over", NC_CATEGORY_VIOLENCE, "hope your dog gets run over", NC_EVIDENCE_LEXICON },
    { "i hope your grandma gets better soon", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "your hamster will die if you don't give it water", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    /* "go for the kill" in sport; a threat beside it */
    { "my coach says go for the kill when you're ahead in the set", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "go for the kill, then i'll kill you", NC_CATEGORY_VIOLENCE, "i'll kill you", NC_EVIDENCE_CONTEXT },
    /* a pet put down; a person "put down like a dog", a death wished after
     * the fact; the writer's own */
    { "we had to put our dog down, he was 14", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "mom put you down for swimming lessons like i asked?", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "someone should put you down like a sick dog", NC_CATEGORY_VIOLENCE, "put you down like",
      NC_EVIDENCE_LEXICON },
    { "you should have died in the car crash instead of him", NC_CATEGORY_VIOLENCE, "you should have died",
      NC_EVIDENCE_LEXICON },
    { "i should have died of embarrassment", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    /* a garden hoe; the crude word */
    { "dad killed the snake in the garden with a hoe", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "she's such a hoe with a new guy every week", NC_CATEGORY_INSULT, "hoe", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r13n, G_N_ELEMENTS (r13n), "en");
}

/* Fourteenth round, s14-en: a disability used as a put-down, someone's
 * private data spread, a fake account, skin colour, a body's pictures
 * asked for, and slurs named in an essay to condemn them; each kind with
 * a case that must warn and one that must not. */
static void
test_en_r14e (void)
{
  static const SpanCase r14e[] = {
    /* a disability called out to someone slow or in the way, acted or
     * likened to; a verb, a brother, a diagnosis say nothing */
    { "walk faster you cripple, we're gonna be late", NC_CATEGORY_INSULT, "you cripple", NC_EVIDENCE_CONTEXT },
    { "hurry up cripple the bus is leaving", NC_CATEGORY_INSULT, "hurry up cripple", NC_EVIDENCE_LEXICON },
    { "the storm could cripple the power grid", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "stop acting autistic, it's so embarrassing", NC_CATEGORY_INSULT, "stop acting autistic", NC_EVIDENCE_LEXICON },
    { "my little brother is autistic and he's the sweetest kid", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "he talks like he's got brain damage lmao", NC_CATEGORY_INSULT,
      "like he's got brain damage", NC_EVIDENCE_LEXICON },
    { "she has down syndrome and she loves to dance", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* someone's private data spread to a crowd; one's own, a family's, an
     * event's, a child asking for help */
    { "post her address in the group chat so everyone can visit lol", NC_CATEGORY_INSULT,
      "her address in the group chat", NC_EVIDENCE_LEXICON },
    { "send his number to the whole school", NC_CATEGORY_INSULT,
      "his number to the whole school", NC_EVIDENCE_LEXICON },
    { "we sent grandma our new address", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "dad posted his phone number on the lost dog flyer", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "someone posted my address in a group chat, what do i do", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "can someone put the address of the park in the group chat", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "guys i found her real name and her school, posting it now", NC_CATEGORY_INSULT,
      "her real name and her school, posting it", NC_EVIDENCE_LEXICON },
    /* a crowd told to harass someone by their number; birthday wishes */
    { "everyone here's Maya's number, text her all night", NC_CATEGORY_INSULT,
      "everyone here's Maya's number, text her all night", NC_EVIDENCE_LEXICON },
    { "everyone spam her with happy birthday messages!!", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* a fake account to trick or shame someone; one made of the writer, a
     * pet's account; catfishing as fishing */
    { "let's make a fake account and pretend to be a girl to trick him", NC_CATEGORY_INSULT,
      "fake account and pretend to be", NC_EVIDENCE_LEXICON },
    { "i made a fake account of Lily lol now everyone thinks she likes Ben", NC_CATEGORY_INSULT,
      "fake account of", NC_EVIDENCE_LEXICON },
    { "someone made a fake account pretending to be me, how do i report it", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "lol someone made a fake account pretending to be me so i made one pretending to be Jake", NC_CATEGORY_INSULT,
      "pretending to be me so i made one pretending to be", NC_EVIDENCE_LEXICON },
    { "my sister made a fake account for her cat lol it has 200 followers", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "lets catfish Ethan and then screenshot it", NC_CATEGORY_INSULT, "lets catfish", NC_EVIDENCE_LEXICON },
    { "i'm going catfishing with my grandpa this weekend", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* skin colour likened; a tan, a dark basement */
    { "your skin is so dark you disappear at night", NC_CATEGORY_HATE,
      "your skin is so dark", NC_EVIDENCE_LEXICON },
    { "ur so dark you look like burnt toast", NC_CATEGORY_HATE,
      "ur so dark you look like burnt toast", NC_EVIDENCE_LEXICON },
    { "my skin is so dark after the summer camp", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "you're so dark you blend into the night lol", NC_CATEGORY_HATE, "you're so dark you blend into",
      NC_EVIDENCE_LEXICON },
    { "it's so dark in the basement, turn the lights on", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    /* a body's pictures asked for and pressed; an outfit's, a child
     * telling a parent */
    { "send me a pic in your underwear or we're done", NC_CATEGORY_SEXUAL,
      "send me a pic in your underwear", NC_EVIDENCE_LEXICON },
    { "come on send pics, everyone else does it", NC_CATEGORY_SEXUAL,
      "send pics, everyone else does it", NC_EVIDENCE_LEXICON },
    { "send me a pic of your outfit for the dance", NC_CATEGORY_SEXUAL, NULL, NC_EVIDENCE_LEXICON },
    /* (a body's moment asked for "me" is no clip sent to the one it
     * shows, as s13-en's allow rule read it; a fall still is) */
    { "send me a pic of you in the shower lol", NC_CATEGORY_VIOLENCE, "send me a pic of you in the shower",
      NC_EVIDENCE_LEXICON },
    { "can you send me the video of you falling off the skateboard?", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "mom a stranger keeps asking me for pictures without clothes", NC_CATEGORY_SEXUAL, NULL, NC_EVIDENCE_LEXICON },
    /* slurs named in an essay to condemn them; a name said of someone by
     * name or to "you", or the slur then said of someone, still warns */
    { "My essay on disability: kids with disabilities are often called cripples or retards at school. "
      "These words hurt.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "When I was in third grade, some kids called my brother a retard because he has Down syndrome. "
      "He cried every day.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Many people use the word retarded to mean stupid. But it is a slur.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "People used to think deaf people were dumb. Today we know that is wrong.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Jake calls Tyler a retard lol", NC_CATEGORY_INSULT, "retard", NC_EVIDENCE_LEXICON },
    { "they call you a retard behind your back", NC_CATEGORY_INSULT, "you a retard", NC_EVIDENCE_CONTEXT },
    { "my essay is about the word retard, which is what Jake is", NC_CATEGORY_INSULT,
      "retard, which is what Jake is", NC_EVIDENCE_LEXICON },
    { "we learned the word retarded in health class, it describes you perfectly", NC_CATEGORY_INSULT,
      "retarded in health class, it describes you", NC_EVIDENCE_LEXICON },
    { "people used to think deaf people were dumb and Mia proves it", NC_CATEGORY_INSULT,
      "dumb and Mia proves it", NC_EVIDENCE_LEXICON },
    { "kids like Jake are called retards for a reason", NC_CATEGORY_INSULT, "retards for a reason",
      NC_EVIDENCE_LEXICON },
    { "the word retard fits Jake perfectly", NC_CATEGORY_INSULT, "retard fits", NC_EVIDENCE_LEXICON },
    { "people used to think black people were dumb and some still are lol", NC_CATEGORY_INSULT,
      "black people were dumb and some still are", NC_EVIDENCE_LEXICON },
    { "mental health days exist for a reason", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "everyone calls Noah a cripple and honestly he is one", NC_CATEGORY_INSULT,
      "everyone calls Noah a cripple and honestly he is one", NC_EVIDENCE_LEXICON },
    /* a picture asked for with "if you don't"; a diary posted still warns */
    { "if you don't send me the pic of the worksheet i'm gonna fail lol", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "if you don't send me the video i'll post your diary", NC_CATEGORY_INSULT,
      "i'll post your diary", NC_EVIDENCE_LEXICON },
  };

  static const SpanCase r14e4[] = {
    /* (r14e4) seeing someone without clothes asked, stripping ordered for
     * a camera; doxxing aimed; where someone lives posted; a disability
     * asked as a taunt or made a name; a hate page; each with a look-alike */
    { "can i see you without clothes on facetime, just once, please", NC_CATEGORY_SEXUAL,
      "can i see you without clothes", NC_EVIDENCE_LEXICON },
    { "can i see your new room on facetime", NC_CATEGORY_SEXUAL, NULL, NC_EVIDENCE_LEXICON },
    { "take your shirt off on facetime or i'm blocking you", NC_CATEGORY_SEXUAL,
      "take your shirt off on facetime", NC_EVIDENCE_LEXICON },
    { "mom said take your shirt off, it's covered in paint", NC_CATEGORY_SEXUAL, NULL, NC_EVIDENCE_LEXICON },
    { "i'm gonna dox you, i know people who can find your address", NC_CATEGORY_VIOLENCE,
      "dox you", NC_EVIDENCE_LEXICON },
    { "what does dox mean? our teacher said never to do it", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "someone find out where the new kid lives and post it", NC_CATEGORY_INSULT,
      "where the new kid lives and post it", NC_EVIDENCE_LEXICON },
    { "my mom found out where the new kid lives, it's right next to us!", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "i have her address, should i post it in the gc lol", NC_CATEGORY_INSULT,
      "her address, should i post it", NC_EVIDENCE_LEXICON },
    { "are you mentally challenged or what", NC_CATEGORY_INSULT,
      "are you mentally challenged or what", NC_EVIDENCE_LEXICON },
    { "lmao special ed kid can't even spell his name", NC_CATEGORY_INSULT,
      "special ed kid can't even", NC_EVIDENCE_LEXICON },
    { "the special ed teacher is so nice, she helps my brother with reading", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "ur literally a vegetable bro you just sit there", NC_CATEGORY_INSULT,
      "ur literally a vegetable", NC_EVIDENCE_LEXICON },
    { "is a tomato a fruit or a vegetable?", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "we're making a hate page about her, send me screenshots", NC_CATEGORY_INSULT,
      "a hate page about", NC_EVIDENCE_LEXICON },
    { "i hate page 42 of this book", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (en-school-r14e2) a cripple reported, a spaz and "acting retarded"
     * named in an essay, "weird" among the names children are called; a
     * fake account in general; the same turned on someone */
    { "People sometimes called him a cripple, but he changed how we understand black holes.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Jake called him a cripple lol he is one", NC_CATEGORY_INSULT,
      "cripple lol he is one", NC_EVIDENCE_LEXICON },
    { "When people call a friend a spaz or say they are acting retarded, they are using disabled people "
      "as a joke.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "Sometimes kids at the park call him weird or a freak because he flaps his hands.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "we call him weird because he is", NC_CATEGORY_INSULT,
      "we call him weird", NC_EVIDENCE_LEXICON },
    { "A fake account can pretend to be a cute boy or girl to trick kids into sending pictures.", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "a fake account can pretend to be Jake, let's make one", NC_CATEGORY_INSULT,
      "pretend to be Jake, let's make one", NC_EVIDENCE_LEXICON },  };
  static const SpanCase attacks[] = {
    /* (probes written after r14e6, as the lead would attack) a slur named
     * and then someone said to be one, a clause on; data and a crowd
     * pulling up; a brother "one of them" and invitations say nothing */
    { "we learned in class that calling someone a retard is bad, but Jake really is one", NC_CATEGORY_INSULT,
      "retard is bad, but Jake really is one", NC_EVIDENCE_LEXICON },
    { "words like retard hurt, so stop being one Jake", NC_CATEGORY_INSULT,
      "retard hurt, so stop being one", NC_EVIDENCE_LEXICON },
    { "i got his address, we're pulling up tonight", NC_CATEGORY_INSULT,
      "his address, we're pulling up", NC_EVIDENCE_LEXICON },
    { "kids with Down syndrome get called retards, and my brother is one of them", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "i have her address, i'll pull up with the invitations tomorrow", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
  };
  static const SpanCase r14e5[] = {
    /* (r14e5) a disability asked of one who did not listen, a vocative
     * "cripple" after a comma, "mr autistic"; data texted to everyone,
     * shared with the class, a house to egg; posing as someone to message
     * others, a burner account to roast; skin the colour of poop, "left in
     * the oven"; pictures held over someone, one more asked; each with a
     * look-alike */
    { "what are you, special? read the instructions", NC_CATEGORY_INSULT,
      "what are you, special", NC_EVIDENCE_LEXICON },
    { "you must be deaf, i've said it like 5 times", NC_CATEGORY_INSULT,
      "you must be deaf, i've said", NC_EVIDENCE_LEXICON },
    { "you must be blind without your glasses lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "are you dyslexic or something, that's not how you spell it", NC_CATEGORY_INSULT,
      "dyslexic or something", NC_EVIDENCE_LEXICON },
    { "my sister is dyslexic so she uses audiobooks for school", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "learn to walk, cripple", NC_CATEGORY_INSULT,
      "learn to walk, cripple", NC_EVIDENCE_LEXICON },
    { "ok mr autistic calm down", NC_CATEGORY_INSULT,
      "mr autistic", NC_EVIDENCE_LEXICON },
    { "you talk like a deaf person lol", NC_CATEGORY_INSULT,
      "you talk like a deaf person", NC_EVIDENCE_LEXICON },
    { "text everyone her number and tell them to call her ugly", NC_CATEGORY_INSULT,
      "text everyone her number", NC_EVIDENCE_LEXICON },
    { "here's his snap, add him and roast him", NC_CATEGORY_INSULT,
      "his snap, add him and roast", NC_EVIDENCE_LEXICON },
    { "i'm sharing her location with the whole class", NC_CATEGORY_INSULT,
      "her location with the whole class", NC_EVIDENCE_LEXICON },
    { "mom shares her location with me when she's driving", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "her address is on the class list, let's go egg her house", NC_CATEGORY_VIOLENCE,
      "egg her house", NC_EVIDENCE_LEXICON },
    { "we painted eggs at grandma's house for easter", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "pretend to be her and text her boyfriend that she hates him", NC_CATEGORY_INSULT,
      "pretend to be her and text", NC_EVIDENCE_LEXICON },
    { "let's pretend to be pirates and tell mom we found treasure", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "make a burner account and roast her in the comments", NC_CATEGORY_INSULT,
      "burner account and roast her", NC_EVIDENCE_LEXICON },
    { "i made a burner account for the giveaway lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "my essay is about fake accounts, so i made one of Chloe lol", NC_CATEGORY_INSULT,
      "fake accounts, so i made one", NC_EVIDENCE_LEXICON },
    { "your skin is the color of poop lol", NC_CATEGORY_HATE,
      "your skin is the color of poop", NC_EVIDENCE_LEXICON },
    { "you look like you were left in the oven too long", NC_CATEGORY_HATE,
      "you were left in the oven too long", NC_EVIDENCE_LEXICON },
    { "the cookies were left in the oven too long, oops", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "i'll post the pics you sent me unless you send more", NC_CATEGORY_SEXUAL,
      "pics you sent me unless you send more", NC_EVIDENCE_LEXICON },
    { "come on just one pic, i deleted the last one i promise", NC_CATEGORY_SEXUAL,
      "just one pic, i deleted", NC_EVIDENCE_LEXICON },
    { "can i take just one more pic of the sunset?", NC_CATEGORY_SEXUAL, NULL, NC_EVIDENCE_LEXICON },
    { "in health class they said kids get called retards, and that's what Mason is", NC_CATEGORY_INSULT,
      "retards, and that's what Mason is", NC_EVIDENCE_LEXICON },  };

  assert_span_cases (r14e, G_N_ELEMENTS (r14e), "en");
  assert_span_cases (r14e4, G_N_ELEMENTS (r14e4), "en");
  assert_span_cases (r14e5, G_N_ELEMENTS (r14e5), "en");
  assert_span_cases (attacks, G_N_ELEMENTS (attacks), "en");
}

/* Fourteenth round, s14-den: s14-en's words in everyday English (a
 * friend's address for a party, a teacher's passwords, a shirt to wash,
 * one more family photo, a dark camera, a tan, a play's part, catfish the
 * fish, talking to disabled kids, a pet's nickname) say nothing; the same
 * words wrapped round a put-down of a classmate still warn. */
static void
test_en_r14n (void)
{
  static const SpanCase r14n[] = {
    /* a screenshot of an address kept; of private messages, spread */
    { "screenshot her address and send it to me so i can put it in the gps", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "screenshot her private messages and send them to the whole grade lol", NC_CATEGORY_INSULT,
      "screenshot her private messages and send them", NC_EVIDENCE_LEXICON },   /* (s15-en: with the hand-off) */
    /* everyone given their own; a school project; a school gone online */
    { "miss Lee will send everyone their password for the new reading app tonight", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "at the science fair he will show everyone his school project about volcanoes", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "show everyone his school project, it's so bad, everyone laugh at him tomorrow", NC_CATEGORY_INSULT,
      "everyone laugh at him", NC_EVIDENCE_LEXICON },
    { "everyone laugh at her joke tomorrow, she's nervous about the talent show", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "her school is online today because of the snow storm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "her school is online so go find her account and spam her lol", NC_CATEGORY_INSULT,
      "her school is online", NC_EVIDENCE_LEXICON },
    /* a number to be found in the class's chat; a crowd told to harass */
    { "his number is in the group chat if you need a ride home", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "his number is in the group chat, everyone text him all night", NC_CATEGORY_INSULT,
      "everyone text him all night", NC_EVIDENCE_LEXICON },
    /* a cake brought to a friend's door; thrown in her face */
    { "i got her address, we're gonna pull up at 6 with the cake, don't tell her!", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "got her address, we're gonna pull up with a cake and throw it at her face", NC_CATEGORY_VIOLENCE,
      "throw it at her face", NC_EVIDENCE_LEXICON },
    /* "post" as mail; posted to a chat */
    { "i found where she lives so i'll post it through her letterbox tomorrow", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "i found where she lives so i'll post it in the group chat for everyone", NC_CATEGORY_INSULT,
      "where she lives so i'll post it", NC_EVIDENCE_LEXICON },
    /* an account to message grandma; to message someone who blocked you,
     * to trick someone */
    { "i made a new account to message my grandma on whatsapp", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "make a new account and message her, she blocked you", NC_CATEGORY_INSULT,
      "a new account and message", NC_EVIDENCE_LEXICON },
    { "make an account to message my ex and pretend to be a girl to trick him", NC_CATEGORY_INSULT,
      "an account to message", NC_EVIDENCE_LEXICON },
    { "the police officer told us that people sometimes pretend to be kids online to trick them",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* a play's part; a put-down in a play's words */
    { "in the play i pretend to be her and tell the prince the whole truth", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "in the play you are a vegetable, wear the green costume", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "in the play you are a vegetable because you literally can't act", NC_CATEGORY_INSULT,
      "you are a vegetable", NC_EVIDENCE_LEXICON },
    /* catfish the fish; a classmate catfished */
    { "we should catfish at night, dad says that's when they bite", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "let's catfish him at the lake party with a fake profile", NC_CATEGORY_INSULT, "let's catfish him",
      NC_EVIDENCE_LEXICON },
    /* talking to disabled kids; said to be one of them */
    { "she talks to disabled kids at the center every saturday", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you talk to the special needs kids because you're one of them", NC_CATEGORY_INSULT,
      "special needs kids because you're one of them", NC_EVIDENCE_LEXICON },
    /* a pet's nickname; "just like you said"; what mom is worried about */
    { "we call our cat psycho because she runs around at 3am", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "grandma's cow had a baby just like you said it would!", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (lead, final read) a pet called a baby; not beside "you" */
    { "my dog is such a baby, she's scared of the vacuum", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "my dog is such a baby, just like you", NC_CATEGORY_INSULT,
      "baby, just like you", NC_EVIDENCE_LEXICON },
    { "my dog is a big baby like you", NC_CATEGORY_INSULT,
      "my dog is a big baby like you", NC_EVIDENCE_LEXICON },
    /* (lead, at merge) but someone called so, the other agreed with */
    { "mia is a psycho just like you said lol", NC_CATEGORY_INSULT,
      "is a psycho just like you said", NC_EVIDENCE_LEXICON },
    { "grandpa's mental health, that's what mom is worried about", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "please tell me if anyone ever makes you feel weird online", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* a shirt to wash; a shirt off to be seen */
    { "take your shirt off for me honey, it's covered in paint and i need to wash it", NC_CATEGORY_SEXUAL,
      NULL, NC_EVIDENCE_LEXICON },
    { "take your shirt off for me, so i can see you better on facetime", NC_CATEGORY_SEXUAL,
      "take your shirt off for me", NC_EVIDENCE_LEXICON },
    /* a photo taken again; a shirt's picture deleted */
    { "just one more pic, i deleted the one where your eyes were closed", NC_CATEGORY_SEXUAL, NULL,
      NC_EVIDENCE_LEXICON },
    { "just one more pic, i deleted the one where you had your shirt on, send one without", NC_CATEGORY_SEXUAL,
      "just one more pic, i deleted", NC_EVIDENCE_LEXICON },
    /* a face dark on camera; the lights on already; a tan; skin likened */
    { "ur so dark on camera turn the lights on lol i can't see your face", NC_CATEGORY_HATE, NULL,
      NC_EVIDENCE_LEXICON },
    { "ur so dark on camera turn the lights on, oh wait they are on lol", NC_CATEGORY_HATE,
      "turn the lights on, oh wait they are on", NC_EVIDENCE_LEXICON },
    { "your skin gets so dark in summer, mine just burns and peels", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "your skin gets so dark in summer, like burnt toast lol", NC_CATEGORY_HATE,
      "your skin gets so dark in summer, like burnt toast", NC_EVIDENCE_LEXICON },
    { "your skin is so dirty after the camping trip, go take a bath before dinner", NC_CATEGORY_HATE, NULL,
      NC_EVIDENCE_LEXICON },
    { "your skin is so dark, go take a bath lol maybe it comes off", NC_CATEGORY_HATE,
      "your skin is so dark", NC_EVIDENCE_LEXICON },
    /* (attacked again: a pose after the account to message one's
     * teacher, messages read by a password, the reason taken back, the
     * dirt said to be the colour; a colour that suits, a story read) */
    { "i made a new account to message my teacher pretending to be Jake's mom lol", NC_CATEGORY_INSULT,
      "a new account to message my teacher pretending to be", NC_EVIDENCE_LEXICON },
    { "i made a new account to message my teacher about the homework", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "send everyone Mia's password so we can read her dms", NC_CATEGORY_INSULT, "so we can read her dms",
      NC_EVIDENCE_LEXICON },
    { "mom will read us a book so we can read her favourite story too", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "take your shirt off for me honey, it's covered in paint lol jk just take it off", NC_CATEGORY_SEXUAL,
      "take your shirt off for me honey, it's covered in paint lol jk", NC_EVIDENCE_LEXICON },
    { "your skin is so dirty after football lol it's always dirty, it's just your color", NC_CATEGORY_HATE,
      "dirty, it's just your color", NC_EVIDENCE_LEXICON },
    { "blue is just your color, you look great in it", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r14n, G_N_ELEMENTS (r14n), "en");
}

/* Thirteenth round, s13-en: a child's hyperbole about a parent or a coach,
 * a lice or germs rumour, clothes mocked as from the trash, a humiliating
 * clip sent to everyone; each kind with a case that must warn and one
 * that must not. */
static void
test_en_r13e (void)
{
  static const SpanCase hyper[] = {
    /* someone who scolds the child "is gonna kill me"; a threat through
     * someone else, "i'm gonna kill you" and a death foretold still warn */
    { "omg i failed my math quiz again, my mom is gonna kill me", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "mr peters is going to kill me, i lost the library book", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "coach is gonna kill you", NC_CATEGORY_VIOLENCE, "gonna kill you", NC_EVIDENCE_LEXICON },
    { "if i don't finish this essay tonight i'm dead meat", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i'm dead meat? no, you're dead meat", NC_CATEGORY_VIOLENCE, "you're dead meat", NC_EVIDENCE_LEXICON },
    { "my mom is gonna kill me lol and then i'm gonna kill you", NC_CATEGORY_VIOLENCE, "i'm gonna kill you",
      NC_EVIDENCE_CONTEXT },
    { "your mom is gonna die", NC_CATEGORY_VIOLENCE, "your mom is gonna die", NC_EVIDENCE_LEXICON },
    { "your mom is gonna die laughing when she sees the cake we made", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
  };
  static const SpanCase r13e[] = {
    /* one's own cold keeps a friend away */
    { "stay away from me today, i have a cold", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "stay away from me, i'm sick of you", NC_CATEGORY_INSULT, "stay away from me", NC_EVIDENCE_LEXICON },
    /* a lice or germs rumour to make others shun someone; a pet, a check */
    { "stay away from her, she has lice", NC_CATEGORY_INSULT, "stay away from her, she has lice",
      NC_EVIDENCE_LEXICON },
    { "she has nits, everyone stay away from her", NC_CATEGORY_INSULT, "she has nits, everyone stay away from her",
      NC_EVIDENCE_LEXICON },
    { "don't sit with that dog Jake, he has fleas", NC_CATEGORY_INSULT,
      "don't sit with that dog Jake, he has fleas", NC_EVIDENCE_LEXICON },
    { "if he touches you you'll catch whatever disease he has", NC_CATEGORY_INSULT,
      "catch whatever disease he has", NC_EVIDENCE_LEXICON },
    { "don't touch the dog, he has fleas", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "the nurse did lice checks today and i'm fine", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "keep ur distance from Noah, he has lice", NC_CATEGORY_INSULT, "keep ur distance from Noah, he has lice",
      NC_EVIDENCE_LEXICON },
    { "don't sit next to my brother, he has lice and mom is treating it", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    /* clothes mocked as taken from the trash; one's own find or loss */
    { "lol look at her shoes, did she get them from the trash", NC_CATEGORY_INSULT,
      "did she get them from the trash", NC_EVIDENCE_LEXICON },
    { "ur clothes look like they came out of a trash can", NC_CATEGORY_INSULT,
      "clothes look like they came out of a trash can", NC_EVIDENCE_LEXICON },
    { "i found a really cool lamp in the trash on our street", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "my jacket got covered in garbage when the bag broke", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "did you throw my hoodie in the trash?", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "where did u get ur jacket, the dumpster?", NC_CATEGORY_INSULT, "where did u get ur jacket, the dumpster",
      NC_EVIDENCE_LEXICON },
    { "where did you get the trash bags", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "did you find my ring in the trash?", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* "pathetic" said of a thing or of oneself is no put-down; aimed, or
     * the whole draft, it is */
    { "this level is pathetic easy", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "pathetic", NC_CATEGORY_INSULT, "pathetic", NC_EVIDENCE_CONTEXT },
    { "how pathetic", NC_CATEGORY_INSULT, "how pathetic", NC_EVIDENCE_CONTEXT },
    { "ugh i missed the bus again, this is pathetic", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you're so pathetic it's funny", NC_CATEGORY_INSULT, "you're so pathetic", NC_EVIDENCE_LEXICON },
    { "that was pathetic of you", NC_CATEGORY_INSULT, "pathetic of you", NC_EVIDENCE_LEXICON },
    /* friends said to be bought; a group told to block someone, a comma
     * between; a fall off the stage laughed at */
    { "you only have friends because you buy them stuff", NC_CATEGORY_INSULT, "only have friends because",
      NC_EVIDENCE_LEXICON },
    { "block him, everyone", NC_CATEGORY_INSULT, "block him, everyone", NC_EVIDENCE_LEXICON },
    { "block him, everyone, he's a scammer", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "remember when you fell off the stage lol, everyone still talks about it", NC_CATEGORY_INSULT,
      "you fell off the stage lol", NC_EVIDENCE_LEXICON },
    { "lol i fell off the stage", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (r13e3) a wish that someone leave, as a favour to all; a kind of
     * child shut out; "your" family said not to love you; names and
     * taunts as the whole draft */
    { "do everyone a favor and leave", NC_CATEGORY_INSULT, "do everyone a favor and leave", NC_EVIDENCE_LEXICON },
    { "do everyone a favor and bring extra snacks to the party", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "no fat people allowed", NC_CATEGORY_INSULT, "no fat people allowed", NC_EVIDENCE_LEXICON },
    { "no pets allowed in the store", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "your parents don't love you", NC_CATEGORY_INSULT, "your parents don't love you", NC_EVIDENCE_LEXICON },
    { "your mom hates it when we're loud lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "jerk", NC_CATEGORY_INSULT, "jerk", NC_EVIDENCE_CONTEXT },
    { "the dog jerked the leash and i fell", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "drama queen", NC_CATEGORY_INSULT, "drama queen", NC_EVIDENCE_CONTEXT },
    { "my cat is such a drama queen when she's hungry", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };
  static const SpanCase clip[] = {
    /* a clip of someone at a humiliating moment sent to everyone, to a
     * crowd or as a demand's price; a concert, a goal, a clip
     * sent to the one it shows */
    { "i'm gonna send everyone that video of you falling", NC_CATEGORY_VIOLENCE,
      "send everyone that video of you falling", NC_EVIDENCE_LEXICON },
    { "imma show the whole grade that pic of you crying at the dance", NC_CATEGORY_VIOLENCE,
      "show the whole grade that pic of you crying", NC_EVIDENCE_LEXICON },
    { "i'll airdrop that pic of you to the whole bus", NC_CATEGORY_VIOLENCE,
      "airdrop that pic of you to the whole bus", NC_EVIDENCE_LEXICON },
    { "give me your answers or i send everyone the video", NC_CATEGORY_VIOLENCE, "or i send everyone the video",
      NC_EVIDENCE_LEXICON },
    { "send me the video of you falling so i can post it everywhere lol", NC_CATEGORY_VIOLENCE,
      "video of you falling so i can post", NC_EVIDENCE_LEXICON },
    { "can you send me the video of you falling off the skateboard? it was epic", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "i'm gonna send everyone the video of the concert", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i still have the video of you scoring that goal, want me to send it?", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    /* (r13e4) the clip's moment said before where it goes; a demand put
     * as "if you don't"; a sleepy or a proud moment, a clip called cute */
    { "lol the video of you falling is going on my story", NC_CATEGORY_VIOLENCE,
      "video of you falling is going on my story", NC_EVIDENCE_LEXICON },
    { "if you dont do my homework everyone sees the video", NC_CATEGORY_VIOLENCE,
      "if you dont do my homework everyone sees the video", NC_EVIDENCE_LEXICON },
    { "omg send everyone the video of you falling asleep in the car, so cute", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "post the pic of you crying happy tears at graduation", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i'll show everyone the pic of you sleeping with the puppy, it's adorable", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (hyper, G_N_ELEMENTS (hyper), "en");
  assert_span_cases (r13e, G_N_ELEMENTS (r13e), "en");
  assert_span_cases (clip, G_N_ELEMENTS (clip), "en");
}

/* A word beside an offensive span joins it ("con" before "mất dạy":
 * the span tagger since vi-join.txt was mined again empty, s17-spans),
 * and marks nothing on its own or across a full stop. */
static void
test_join_words (void)
{
  NcEvidence evidence;
  g_autofree char *joined = warned_span ("tụi này toàn con mất dạy", "vi", NC_CATEGORY_INSULT, &evidence);
  g_autofree char *apart = warned_span ("tụi này toàn con. mất dạy", "vi", NC_CATEGORY_INSULT, &evidence);
  g_autoptr(NcReport) alone = nc_checker_check (checker, "con đi học về rồi mẹ ơi", -1, "vi", NULL);
  gsize n;

  g_assert_cmpstr (joined, ==, "con mất dạy");
  g_assert_cmpint (evidence, ==, NC_EVIDENCE_LEXICON);
  g_assert_cmpstr (apart, ==, "mất dạy");
  nc_report_get_findings (alone, &n);
  g_assert_cmpuint (n, ==, 0);
}

/* The Code's 4.4 share reminder: the first web address in a draft is a
 * "link" finding at severity info, with its span; it never flags the
 * report. As JSON (nc-report-json.h) with UTF-16 and code point offsets. */
static void
test_share_reminder (void)
{
  static const char text[] = "😀 xem https://vi.example.com/bai-viet nhé và www.other.example";
  g_autoptr(NcReport) report = nc_checker_check (checker, text, -1, NULL, NULL);
  g_autoptr(NcReport) plain = nc_checker_check (checker, "hôm nay trời đẹp quá", -1, NULL, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  g_autofree char *json_cp = NULL;
  g_autofree char *span = NULL;
  const NcFinding *f;
  JsonObject *first;
  gsize n;

  f = nc_report_get_findings (report, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (f[0].category, ==, NC_CATEGORY_LINK);
  g_assert_cmpstr (f[0].ref_id, ==, "4.4");
  g_assert_cmpint (f[0].severity, ==, NC_SEVERITY_INFO);
  g_assert_cmpint (f[0].evidence, ==, NC_EVIDENCE_LINK);
  g_assert_cmpstr (f[0].lesson_id, ==, "lesson-truth");
  g_assert_nonnull (strstr (f[0].explanation, "official"));
  span = g_strndup (text + f[0].byte_start, f[0].byte_end - f[0].byte_start);
  g_assert_cmpstr (span, ==, "https://vi.example.com/bai-viet");
  g_assert_cmpuint (f[0].cp_start, ==, 6);
  g_assert_cmpuint (f[0].utf16_start, ==, 7);
  g_assert_false (nc_report_is_flagged (report));

  nc_report_get_findings (plain, &n);
  g_assert_cmpuint (n, ==, 0);

  /* the quick test before the regex lets every form of address through,
   * in any case, at the draft's start and end */
  {
    static const struct { const char *text, *span; } links[] = {
      { "WwW.Example.VN nhé", "WwW.Example.VN" },
      { "xem HTTPS://a.vn", "HTTPS://a.vn" },
      { "xem Http://a.vn/x?y=1", "Http://a.vn/x?y=1" },
      { "ww.a.vn và w.w.w.a và a://b và http:/ /a và wwwa.vn và http://", NULL },
    };

    for (gsize k = 0; k < G_N_ELEMENTS (links); k++)
      {
        g_autoptr(NcReport) r = nc_checker_check (checker, links[k].text, -1, NULL, NULL);
        const NcFinding *l = nc_report_get_findings (r, &n);

        g_assert_cmpuint (n, ==, links[k].span != NULL ? 1 : 0);
        if (links[k].span != NULL)
          {
            g_autofree char *got = g_strndup (links[k].text + l[0].byte_start, l[0].byte_end - l[0].byte_start);

            g_assert_cmpint (l[0].category, ==, NC_CATEGORY_LINK);
            g_assert_cmpstr (got, ==, links[k].span);
          }
      }
  }

  json = nc_report_to_json (report, NC_REPORT_OFFSETS_UTF16);
  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  first = json_array_get_object_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                                       "findings"), 0);
  g_assert_cmpstr (json_object_get_string_member (first, "category"), ==, "link");
  g_assert_cmpstr (json_object_get_string_member (first, "ref"), ==, "4.4");
  g_assert_cmpstr (json_object_get_string_member (first, "evidence"), ==, "link");
  g_assert_nonnull (strstr (json_object_get_string_member (first, "rule"), "4"));
  g_assert_true (json_object_get_null_member (first, "suggestion"));
  g_assert_cmpint (json_object_get_int_member (first, "start"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (first, "end"), ==, 7 + 31);
  g_assert_false (json_object_get_boolean_member (json_node_get_object (json_parser_get_root (parser)), "flagged"));
  json_cp = nc_report_to_json (report, NC_REPORT_OFFSETS_CODE_POINTS);
  g_assert_nonnull (strstr (json_cp, "\"start\":6,\"end\":37"));
}

static void
test_strings (void)
{
  g_assert_cmpstr (nc_category_to_string (NC_CATEGORY_PERSONAL_DATA), ==, "personal-data");
  g_assert_cmpstr (nc_severity_to_string (NC_SEVERITY_BLOCK), ==, "block");
  for (int c = 0; c < NC_N_CATEGORIES; c++)
    {
      g_assert_nonnull (nc_code_ref_lookup (nc_category_get_ref_id ((NcCategory) c)));
      g_assert_nonnull (nc_category_get_lesson_id ((NcCategory) c));
    }
  g_assert_cmpfloat (nc_checker_get_build_ms (checker), >, 0);
}

/* Fifteenth round, s15-en: someone's words screenshotted for a crowd, a
 * crowd told to mass-report an account, a parent's job or a family's money
 * mocked, a mishap gossiped about and a camera called for, a slur pinned on
 * a name, a threat's words inside an everyday question; and a child
 * quoting what was said to them when asking for help (the same words said
 * again to someone still warn). A must-warn and a must-not for each. */
static void
test_en_r15e (void)
{
  static const SpanCase r15e[] = {
    /* (lead at merge) a child asking help for a friend: "nobody deserves it" */
    { "someone keeps telling me to kys and nobody deserves it", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "someone keeps telling me to kys and nobody deserves it", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "the kid who kept telling me to kys was right", NC_CATEGORY_VIOLENCE,
      "kys was right", NC_EVIDENCE_LEXICON },
    /* (lead at merge) agreed with or aimed again anywhere after the
     * quote ("agree" allow phrases, agreed_after()) */
    { "i got a dm saying kys and i forwarded it to jake because he deserves it", NC_CATEGORY_VIOLENCE,
      "kys", NC_EVIDENCE_LEXICON },
    { "someone keeps telling me to kys, and you know what, same to you", NC_CATEGORY_VIOLENCE,
      "kys", NC_EVIDENCE_LEXICON },
    { "someone keeps telling me to kys, i told my mom and she said i don't deserve it", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "screenshot what he said and post it in the group chat so everyone can laugh", NC_CATEGORY_INSULT,
      "screenshot what he said and post it", NC_EVIDENCE_LEXICON },
    { "can you screenshot the homework and post it in the group chat", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "ss her dms and put them on the class group chat lol", NC_CATEGORY_INSULT, "ss her dms and put them on",
      NC_EVIDENCE_LEXICON },
    { "i screenshotted the schedule, sending it to the group chat now", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "everyone report her account so it gets banned lol", NC_CATEGORY_INSULT,
      "everyone report her account so it gets banned", NC_EVIDENCE_LEXICON },
    { "everyone report the spam bot in the server pls, it keeps posting links", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "lets all mass report his tiktok until it gets taken down", NC_CATEGORY_INSULT,
      "lets all mass report his tiktok until it gets taken down", NC_EVIDENCE_LEXICON },
    { "if you see a scam account, report it so it gets taken down", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "your mom works at walmart lol broke", NC_CATEGORY_INSULT, "your mom works at walmart lol broke",
      NC_EVIDENCE_LEXICON },
    { "my mom works at walmart, she gets a discount", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "your mom's job sounds so cool, does she really work at the zoo?", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "imagine your mom working at mcdonalds at her age lol", NC_CATEGORY_INSULT,
      "imagine your mom working at mcdonalds at her age", NC_EVIDENCE_LEXICON },
    { "your dad lost his job so now ur on free lunch haha", NC_CATEGORY_INSULT,
      "your dad lost his job so now ur", NC_EVIDENCE_LEXICON },
    { "your dad lost his job? im so sorry", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "lol he cried in class again, what a baby, record it next time", NC_CATEGORY_INSULT,
      "what a baby, record it", NC_EVIDENCE_LEXICON },
    { "record it next time, the concert was amazing", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "kids with disabilities are often called cripples, and honestly tyler is one", NC_CATEGORY_INSULT,
      "cripples, and honestly tyler is one", NC_EVIDENCE_LEXICON },
    { "kids with disabilities are often called cripples, and that word hurts", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "i know where you live is far, want my dad to drive you home?", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "i know where you live is far but i'll still find you", NC_CATEGORY_VIOLENCE,
      "i know where you live is far but i'll", NC_EVIDENCE_LEXICON },
    /* help asked, the words quoted; said again to someone */
    { "someone keeps telling me to kys in the game chat, how do i report them", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "someone keeps telling me to kys in the game chat, how do i report them. you should kys",
      NC_CATEGORY_VIOLENCE, "kys", NC_EVIDENCE_LEXICON },
    { "i got a message saying kys from an account i dont know, what should i do", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "i wrote kys on her locker", NC_CATEGORY_VIOLENCE, "kys", NC_EVIDENCE_LEXICON },
    { "how do i report someone who keeps saying go back to your country to me in the comments",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "they told you to go back to your country", NC_CATEGORY_HATE, "go back to your country",
      NC_EVIDENCE_LEXICON },
    { "a kid told me to go back to your country and i think you should", NC_CATEGORY_VIOLENCE,
      "go back to your country and i think you should", NC_EVIDENCE_LEXICON },
    { "they call you dumb or weird", NC_CATEGORY_INSULT, "you dumb or weird", NC_EVIDENCE_LEXICON },
    /* (r15e2, r15e3: the rules attacked, and their words in everyday use) */
    { "a girl in my class keeps telling me to kys, i'm scared to go to school", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "someone told me to kill myself and i think you should kill yourself", NC_CATEGORY_VIOLENCE,
      "kill yourself", NC_EVIDENCE_LEXICON },
    { "people keep saying go back to your country to my mom at the store, it makes me so sad",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "she said go back to your country and honestly she's right, go back", NC_CATEGORY_VIOLENCE,
      "go back to your country and honestly she's right", NC_EVIDENCE_LEXICON },
    { "teacher, someone wrote kys on my locker and i don't know who", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "i know where you live is pretty far, i can ask my mom to pick you up", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "i know where you live is on the way, bring your friends if you want to get hurt", NC_CATEGORY_VIOLENCE,
      "if you want to get hurt", NC_EVIDENCE_LEXICON },
    { "if you don't want to get hurt, wear a helmet", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "screenshot everything she texted you and drop it in the gc lol", NC_CATEGORY_INSULT,
      "screenshot everything she texted you and drop it in", NC_EVIDENCE_LEXICON },
    { "take a screenshot of the map and post it in the trip group chat", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "your dad works at the gas station lol so broke", NC_CATEGORY_INSULT,
      "your dad works at the gas station lol so broke", NC_EVIDENCE_LEXICON },
    { "my dad works at the gas station and gives me free slushies", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "imagine your mom being a cashier lmao", NC_CATEGORY_INSULT, "imagine your mom being a cashier",
      NC_EVIDENCE_LEXICON },
    { "imagine your mom being a famous chef, you'd eat so good", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "jake threw up in the bus, so gross, record him next time", NC_CATEGORY_INSULT,
      "so gross, record him", NC_EVIDENCE_LEXICON },
    { "my baby brother spilled juice on himself again, so cute, mom recorded it", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "everyone go mass report her youtube so she cries", NC_CATEGORY_INSULT, "everyone go mass report her youtube",
      NC_EVIDENCE_LEXICON },
    { "everybody report to the bus at 7 sharp", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (r15e4: an essay's general "you"; a little one of the family) */
    { "When someone tells you to kill yourself online, it is never your fault.", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "if someone tells you to kys, do it", NC_CATEGORY_VIOLENCE, "kys, do it", NC_EVIDENCE_LEXICON },
    { "my little cousin is such a baby, she still needs her blanket to sleep", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "my little sister is such a baby, just like you", NC_CATEGORY_INSULT, "baby, just like you",
      NC_EVIDENCE_LEXICON },
    /* (r15e5, measured once, then mended) */
    { "i have screenshots of everything she said about her crush, sending them to the whole grade",
      NC_CATEGORY_INSULT, "screenshots of everything she said about her crush, sending them to",
      NC_EVIDENCE_LEXICON },
    { "i have screenshots of the game score, sending them to coach", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "let's all report his roblox account, he won't be able to play anymore haha", NC_CATEGORY_INSULT,
      "let's all report his roblox", NC_EVIDENCE_LEXICON },
    { "let's all report to the library after lunch for the quiz", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "a boy called me the n word, so i'm calling you it too", NC_CATEGORY_VIOLENCE,
      "the n word, so i'm calling you", NC_EVIDENCE_LEXICON },
    { "someone called my little brother the n word at the park and my dad talked to their parents",
      NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r15e, G_N_ELEMENTS (r15e), "en");
}

/* Fifteenth round, s15-den: s15-en's kinds in other words (a crush's words
 * screenshotted, a parent's job handed down or schooling mocked, free lunch
 * mocked), its allows attacked (re-aims a few words on, a warning after "i
 * know where you live is near ..."), and the branch's own allows (a
 * reporter's relative clause, safety advice with the gear named, "get
 * hurt less in") with the threats they must not hide. A must-warn and a
 * must-not for each. */
static void
test_en_r15n (void)
{
  static const SpanCase r15n[] = {
    { "ss what liam wrote to his crush and send it to the whole grade", NC_CATEGORY_INSULT,
      "ss what liam wrote to his crush and send it to the whole grade", NC_EVIDENCE_LEXICON },
    { "omg he texted his crush and she said yes, send it to the group chat so everyone can congratulate him",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "your dad is a janitor so you'll be one too lol", NC_CATEGORY_INSULT,
      "your dad is a janitor so you'll be one too", NC_EVIDENCE_LEXICON },
    { "my dad is a janitor at my school and everyone loves him, he gives us stickers", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "ur family gets free lunch cuz ur broke, stop acting rich", NC_CATEGORY_INSULT,
      "ur family gets free lunch cuz ur broke", NC_EVIDENCE_LEXICON },
    { "we're on free lunch this year and the new menu is actually good", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "my mom says your mom is a cashier because she failed school lol", NC_CATEGORY_INSULT,
      "your mom is a cashier because she failed", NC_EVIDENCE_LEXICON },
    { "my dad dropped out of school but went back at 40 and graduated, i'm so proud", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "mom someone wrote kys on my locker, i'm writing it on sam's next", NC_CATEGORY_VIOLENCE,
      "kys on my locker, i'm writing it on", NC_EVIDENCE_LEXICON },
    { "people keep saying retard to noah and honestly they're right", NC_CATEGORY_VIOLENCE,
      "retard to noah and honestly they're right", NC_EVIDENCE_LEXICON },
    { "i know where you live is near the park, so lock your door tonight", NC_CATEGORY_VIOLENCE,
      "i know where you live is near the park, so lock your door", NC_EVIDENCE_LEXICON },
    { "i know where you live is near the library, so don't walk home alone, let's go together",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    /* (the branch's own allows, and their attacks) */
    { "thanks for helping me report the account that kept telling my little brother to kys, dad",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i reported the account that kept telling me to kys, so now kys yourself jake", NC_CATEGORY_VIOLENCE,
      "kys", NC_EVIDENCE_LEXICON },
    { "wear your shin guards if you don't want to get hurt", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_MODEL },
    { "wear a helmet if you don't want to get hurt, because i'm coming for you after school",
      NC_CATEGORY_VIOLENCE, "coming for you", NC_EVIDENCE_LEXICON },
    { "If you want to get hurt less in soccer, you should always stretch before a game.", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "come to the park if you want to get hurt less than last time", NC_CATEGORY_VIOLENCE,
      "if you want to get hurt", NC_EVIDENCE_LEXICON },
    { "if you don't want to get hurt, stay away from my girlfriend", NC_CATEGORY_VIOLENCE,
      "if you don't want to get hurt, stay away from my", NC_EVIDENCE_LEXICON },
    { "if you don't want to get hurt, stay away from the edge of the pool", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_MODEL },
    { "i know where you live now, i'll drop off your birthday present tomorrow", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "i know where you live now, i'll bring the cake and burn your house down", NC_CATEGORY_VIOLENCE,
      "the cake and burn your house", NC_EVIDENCE_CONTEXT },
    { "i know where you live now, i'll bring my brothers", NC_CATEGORY_VIOLENCE, "i know where you live",
      NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r15n, G_N_ELEMENTS (r15n), "en");
}

/* Fifteenth round, s15-enmiss: help asked for a friend, the words said to
 * the friend quoted (a reporter who is someone else, then the friend's name
 * and the words), with the same words said again of the friend or by "me
 * and the boys"; threats in the present progressive ("i'm breaking your
 * legs") beside a game, a match and a phone screen; a put-down others give
 * someone, then agreed with. A must-warn and a must-not for each. */
static void
test_en_r15m (void)
{
  static const SpanCase r15m[] = {
    { "people keep telling ethan to kys in the game chat, how do i help him", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "people keep telling ethan to kys and honestly he should", NC_CATEGORY_VIOLENCE,
      "kys and honestly he should", NC_EVIDENCE_LEXICON },
    { "me and the boys keep telling ethan to kys lol", NC_CATEGORY_VIOLENCE, "kys", NC_EVIDENCE_LEXICON },
    { "the whole class and me keep telling owen to kill himself", NC_CATEGORY_VIOLENCE,
      "and me keep telling owen to kill himself", NC_EVIDENCE_LEXICON },
    { "people keep telling ethan to kys and i'm one of them", NC_CATEGORY_VIOLENCE,
      "kys and i'm one of them", NC_EVIDENCE_LEXICON },
    { "kids keep telling my friend to kys and i don't know how to help her, i'm one of her only friends",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "my brother and me were called the n word at the park, what do we do", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "ethan people keep telling you to kys for a reason", NC_CATEGORY_VIOLENCE, "kys", NC_EVIDENCE_LEXICON },
    { "kids at school keep calling my friend the n word, what should i do", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "kids keep calling my friend a retard because he is one lol", NC_CATEGORY_VIOLENCE,
      "a retard because he is one", NC_EVIDENCE_LEXICON },
    { "i'm breaking your legs tomorrow", NC_CATEGORY_VIOLENCE, "i'm breaking your legs", NC_EVIDENCE_LEXICON },
    { "i'm breaking my phone screen again lol", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "we're jumping you at lunch", NC_CATEGORY_VIOLENCE, "we're jumping you", NC_EVIDENCE_LEXICON },
    { "we're beating them 3-0 at halftime!!", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i'm beating your face in tomorrow", NC_CATEGORY_VIOLENCE, "i'm beating your face", NC_EVIDENCE_LEXICON },
    { "we're beating you guys at dodgeball next week, get ready lol", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "im beating you up the hill, race you", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "im beating you up the hill then i'm punching you", NC_CATEGORY_VIOLENCE, "i'm punching you",
      NC_EVIDENCE_LEXICON },
    { "people keep calling jake a loser, and he really is", NC_CATEGORY_INSULT,
      "keep calling jake a loser, and he really is", NC_EVIDENCE_LEXICON },
    { "people keep calling jake a loser, and he is one of the nicest kids i know", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r15m, G_N_ELEMENTS (r15m), "en");
}

/* Sixteenth round, s16-self: a put-down of the writer by the writer,
 * no one else in the draft (put_down_of_self() in nc-checker.c), lowered;
 * a second or third person anywhere, "we", a comparison, someone else
 * as the subject, or "em" without "mình" or "bản thân" (it is also
 * "you"), still warns. A must-warn and a must-not for each. */
static void
test_self_r16 (void)
{
  static const SpanCase en[] = {
    { "nobody cares about me, i should just disappear", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "everyone would be better off without me", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i'm worthless", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "why am i so dumb, i failed the math test again", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "sometimes i think i'm just a waste of space", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nobody cares about you", NC_CATEGORY_INSULT, "nobody cares about you", NC_EVIDENCE_LEXICON },
    { "everyone would be better off without you", NC_CATEGORY_INSULT, "better off without you",
      NC_EVIDENCE_LEXICON },
    { "everyone would be better off without jake", NC_CATEGORY_INSULT, "better off without",
      NC_EVIDENCE_LEXICON },
    { "i'm worthless? you're the worthless one", NC_CATEGORY_INSULT, "worthless", NC_EVIDENCE_LEXICON },
    { "i'm an idiot for trusting you, idiot", NC_CATEGORY_INSULT, "idiot", NC_EVIDENCE_LEXICON },
    { "i said he's worthless", NC_CATEGORY_INSULT, "he's worthless", NC_EVIDENCE_CONTEXT },
    { "i'm ugly but at least i'm not as ugly as you", NC_CATEGORY_INSULT, "not as ugly as you",
      NC_EVIDENCE_LEXICON },
    { "i'm the worthless one? lol ok worthless", NC_CATEGORY_INSULT, "worthless", NC_EVIDENCE_LEXICON },
    { "my brother is such an idiot, i hate him", NC_CATEGORY_INSULT, "idiot", NC_EVIDENCE_LEXICON },
    { "i'm worthless and so is jake", NC_CATEGORY_INSULT, "worthless", NC_EVIDENCE_LEXICON },
    { "we're all losers in this class", NC_CATEGORY_INSULT, "losers", NC_EVIDENCE_LEXICON },
    { "i'm worthless and jake is too", NC_CATEGORY_INSULT, "worthless", NC_EVIDENCE_LEXICON },
    { "i'm so stupid, i forgot to bring my homework", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };
  static const SpanCase vi[] = {
    { "mình đúng là đồ vô dụng", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "em thấy mình thật vô dụng", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tớ là đồ bỏ đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tao đúng là đồ ngu, quên mất hôm nay kiểm tra", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mình béo như con lợn ấy, chẳng dám mặc váy nữa", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tớ là đứa vô dụng nhất lớp", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tao dung la do ngu, quen mat hom nay kiem tra", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tao la thang vo dung nhat nha", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tao đúng là đồ ngu khi chơi với mày, thằng ngu", NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
    { "mình vô dụng thật, nhưng mày còn vô dụng hơn", NC_CATEGORY_INSULT, "vô dụng", NC_EVIDENCE_LEXICON },
    { "tớ ghét nó, nó là đồ bỏ đi", NC_CATEGORY_INSULT, "đồ bỏ đi", NC_EVIDENCE_LEXICON },
    { "em là đồ vô dụng, có mỗi việc rửa bát cũng không xong", NC_CATEGORY_INSULT, "đồ vô dụng",
      NC_EVIDENCE_LEXICON },
    { "em ơi em đúng là đồ vô dụng", NC_CATEGORY_INSULT, "đồ vô dụng", NC_EVIDENCE_LEXICON },
    { "tao thấy mày đúng là đồ vô dụng", NC_CATEGORY_INSULT, "mày đúng là đồ vô dụng", NC_EVIDENCE_LEXICON },
    { "tớ thấy cậu thật vô dụng", NC_CATEGORY_INSULT, "vô dụng", NC_EVIDENCE_LEXICON },
    { "mình đúng là đồ ngu, thằng Nam cũng thế", NC_CATEGORY_INSULT, "đồ ngu", NC_EVIDENCE_LEXICON },
    { "minh dung la do vo dung, giong con Lan", NC_CATEGORY_INSULT, "do vo dung", NC_EVIDENCE_LEXICON },
    { "mình đúng là đồ vô dụng, y như em mình", NC_CATEGORY_INSULT, "đồ vô dụng", NC_EVIDENCE_LEXICON },
    { "dân mình đúng là đồ vô dụng", NC_CATEGORY_INSULT, "đồ vô dụng", NC_EVIDENCE_LEXICON },
    { "hôm nay tớ thấy mình vô dụng kinh khủng, làm gì cũng hỏng", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (en, G_N_ELEMENTS (en), "en");
  assert_span_cases (vi, G_N_ELEMENTS (vi), NULL);
}

/* Seventeenth round, s17-enk: English unkind kinds no round named
 * (batch en-unkind-r17n, written blind): hurtful sarcasm, things owned
 * and homes mocked, parents' work mocked, speech mocked, someone rated
 * low, a veiled threat of a time and place, a new chat made without
 * someone, private things sent round, pile-ons, grief mocked; each beside
 * its look-alike, which says nothing. */
static void
test_enk_r17 (void)
{
  static const SpanCase en[] = {
    { "you actually passed, who did you copy", NC_CATEGORY_INSULT,
      "you actually passed, who did you copy", NC_EVIDENCE_LEXICON },
    { "you actually passed, i knew you could", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "great job failing again", NC_CATEGORY_INSULT, "great job failing again", NC_EVIDENCE_LEXICON },
    { "congrats on finally learning to drive!!", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "good luck, ur gonna need it with that brain", NC_CATEGORY_INSULT,
      "ur gonna need it with that brain", NC_EVIDENCE_LEXICON },
    { "good luck with your test tomorrow", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "love how u think ur funny", NC_CATEGORY_INSULT, "love how u think ur funny", NC_EVIDENCE_LEXICON },
    { "please don't ever dance again", NC_CATEGORY_INSULT, "please don't ever dance again", NC_EVIDENCE_LEXICON },
    { "i will never sing again lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ur shoes are from the dollar store", NC_CATEGORY_INSULT,
      "ur shoes are from the dollar store", NC_EVIDENCE_LEXICON },
    { "my shoes are from walmart and so comfy", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "saw where u live, it looks like a shed lol", NC_CATEGORY_INSULT,
      "where u live, it looks like a shed", NC_EVIDENCE_LEXICON },
    { "our house is tiny but we love it", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "her mom cleans toilets at the mall lmaooo", NC_CATEGORY_INSULT,
      "her mom cleans toilets at the mall lmaooo", NC_EVIDENCE_LEXICON },
    { "my mom cleans offices downtown", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nobody can understand u when u talk", NC_CATEGORY_INSULT,
      "nobody can understand u when u talk", NC_EVIDENCE_LEXICON },
    { "she's a 2/10 on a good day", NC_CATEGORY_INSULT, "she's a 2/10", NC_EVIDENCE_LEXICON },
    { "this movie is a solid 3 out of 10", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "why is ur skin so patchy", NC_CATEGORY_INSULT, "why is ur skin so patchy", NC_EVIDENCE_CONTEXT },
    { "make a new group without sara lol", NC_CATEGORY_INSULT, "new group without", NC_EVIDENCE_LEXICON },
    { "we made a new chat for the birthday surprise", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "sending her diary pics to the whole grade", NC_CATEGORY_INSULT,
      "sending her diary pics to the whole grade", NC_EVIDENCE_LEXICON },
    { "guys spam his dms until he leaves", NC_CATEGORY_INSULT, "guys spam his dms", NC_EVIDENCE_LEXICON },
    { "everyone comment happy birthday on her post", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "cry more, ur dog died like a month ago get over it", NC_CATEGORY_INSULT,
      "cry more, ur dog died like a month ago get over it", NC_EVIDENCE_LEXICON },
    { "my dog died last month and i still miss him", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i need to touch grass, been gaming for 6 hours", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* the writer's own post, and a promise of something good */
    { "nobody asked but here's my cat", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "keep practicing and watch what happens to ur scores", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "you'll see what happens after school", NC_CATEGORY_VIOLENCE,
      "you'll see what happens after school", NC_EVIDENCE_LEXICON },
    { "you'll see what happens in the next episode", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    /* r17n2 and r17n3's kinds */
    { "bro ur phone is older than my grandpa", NC_CATEGORY_INSULT,
      "ur phone is older than my grandpa", NC_EVIDENCE_LEXICON },
    { "my phone is older than my little brother lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ur dad drives a taxi, thats why ur so broke lol", NC_CATEGORY_INSULT,
      "ur dad drives a taxi, thats why ur so broke", NC_EVIDENCE_LEXICON },
    { "my dad drives a taxi and he knows every street", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "be careful walking home tomorrow, just saying", NC_CATEGORY_VIOLENCE,
      "be careful walking home tomorrow, just saying", NC_EVIDENCE_LEXICON },
    { "be careful walking home, it's icy", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "let's all leave the server when he joins", NC_CATEGORY_INSULT,
      "leave the server when he joins", NC_EVIDENCE_LEXICON },
    { "stop crying about ur grandpa, it's been forever", NC_CATEGORY_INSULT,
      "stop crying about ur grandpa", NC_EVIDENCE_LEXICON },
    { "he has autism so he cant even talk right lmao", NC_CATEGORY_INSULT,
      "he has autism so he cant even talk right", NC_EVIDENCE_LEXICON },
    { "my brother has autism and he's the best at lego", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "the new kid has a lisp, make him say sixty six lol", NC_CATEGORY_INSULT,
      "has a lisp, make him say", NC_EVIDENCE_LEXICON },
    { "she has a lisp and she's the best singer", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "her dad is in jail lmao like father like daughter", NC_CATEGORY_INSULT,
      "her dad is in jail lmao like father like daughter", NC_EVIDENCE_LEXICON },
    /* r17n4's kinds */
    { "ur so dense its actually painful to watch", NC_CATEGORY_INSULT, "ur so dense", NC_EVIDENCE_CONTEXT },
    { "this fog is so dense i cant see the road", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "we voted and ur not coming on the trip with us", NC_CATEGORY_INSULT,
      "we voted and ur not coming", NC_EVIDENCE_LEXICON },
    { "we voted and we're going to the zoo for the trip", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "meet me behind the canteen, come alone", NC_CATEGORY_VIOLENCE,
      "meet me behind the canteen, come alone", NC_EVIDENCE_LEXICON },
    { "meet me at the library after school, bring ur notes", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "poor thing cant afford new ones lol", NC_CATEGORY_INSULT,
      "poor thing cant afford new ones lol", NC_EVIDENCE_LEXICON },
    { "poor thing, she can't afford the trip, let's all chip in", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
  };
  static const SpanCase en_hate[] = {
    { "she should go make sandwiches instead of playing", NC_CATEGORY_HATE, "go make sandwiches",
      NC_EVIDENCE_LEXICON },
    { "pinocchio wanted to be a real boy", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (en, G_N_ELEMENTS (en), "en");
  assert_span_cases (en_hate, G_N_ELEMENTS (en_hate), "en");
}

/* Seventeenth round, s17-daily: everyday text around the sixteenth
 * round's rules, mended (toneless "deo" before a thing worn, "là t sai" and
 * chat "t" as the writer of an apology or a put-down of oneself, the beast
 * one likens oneself to named again, kindness heaped on, a scam reported),
 * and the unkindness reworded around each mend or hidden behind the
 * round's allows (a worse name after an apology, a pet better than "you",
 * harm after kindness, a visit with a stick, the deaf called names). */
static void
test_daily_r17 (void)
{
  static const SpanCase en[] = {
    { "lets all spam her with good luck messages before the final",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "lets all spam her with hate", NC_CATEGORY_INSULT, "lets all spam her with hate", NC_EVIDENCE_LEXICON },
    { "lets all flood her comments with good vibes and clown emojis",
      NC_CATEGORY_INSULT, "with good vibes and clown emojis", NC_EVIDENCE_LEXICON },
    { "jk spam her with hate", NC_CATEGORY_INSULT, "spam her with hate", NC_EVIDENCE_LEXICON },
    { "lets all spam him with prayers because his face needs them",
      NC_CATEGORY_INSULT, "lets all spam him", NC_EVIDENCE_LEXICON },
    { "she'll need luck with that face",
      NC_CATEGORY_INSULT, "need luck with that face", NC_EVIDENCE_LEXICON },
    { "your face needs sunscreen at the beach", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "sorry i called you a pig, that was an insult to pigs",
      NC_CATEGORY_INSULT, "i called you a pig", NC_EVIDENCE_LEXICON },
    { "sorry i called you a loser, i'll call you later ok?", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i apologize for calling you fat, from now on i'll call you the whale",
      NC_CATEGORY_INSULT, "you fat", NC_EVIDENCE_LEXICON },
    { "you're unbearable", NC_CATEGORY_INSULT, "you're unbearable", NC_EVIDENCE_CONTEXT },
    { "this heat is unbearable", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "my puppy smells better than you after rolling in mud",
      NC_CATEGORY_INSULT, "smells better than you", NC_EVIDENCE_LEXICON },
    { "my dog smells better than you'd think after a bath", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you should move back to the farm with the other pigs",
      NC_CATEGORY_INSULT, "move back to the farm with the other pigs", NC_EVIDENCE_LEXICON },
    { "we go back to the farm every summer with the other families",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };
  static const SpanCase vi[] = {
    { "t nói m lười là t sai, m bận học thêm mà, xin lỗi m nha",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "t nói m lười là t sai à? m lười thật mà", NC_CATEGORY_INSULT, "m lười", NC_EVIDENCE_CONTEXT },
    { "t béo như con heo, mà heo nó còn dễ thương hơn t 😭", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "t béo như con heo, mà heo nó còn xinh hơn m",
      NC_CATEGORY_INSULT, "t béo như con heo", NC_EVIDENCE_LEXICON },
    { "t béo như con heo, thằng Nam cũng thế", NC_CATEGORY_INSULT, "t béo như con heo", NC_EVIDENCE_LEXICON },
    { "con mèo nhà t nó xinh hơn m nhiều",
      NC_CATEGORY_INSULT, "con mèo nhà t nó xinh hơn m nhiều", NC_EVIDENCE_LEXICON },
    { "con mèo nhà t xinh hơn m tưởng đấy", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "con mèo nhà t xinh hơn con mèo nhà m", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "xin lỗi vì đã gọi m là đồ lợn, gọi thế là xúc phạm con lợn",
      NC_CATEGORY_INSULT, "đồ lợn", NC_EVIDENCE_LEXICON },
    { "nói to lên đi thằng điếc", NC_CATEGORY_HATE, "thằng điếc", NC_EVIDENCE_LEXICON },
    { "em họ t bị điếc bẩm sinh mà vẽ đẹp lắm", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "ai rảnh thì qua hỏi thăm nó một trận",
      NC_CATEGORY_VIOLENCE, "qua hỏi thăm nó một trận", NC_EVIDENCE_LEXICON },
    { "cả bọn tối nay qua nhà con Thư hỏi thăm sức khỏe nó nhé, nhớ mang theo gậy",
      NC_CATEGORY_VIOLENCE, "hỏi thăm sức khỏe nó nhé, nhớ mang theo gậy", NC_EVIDENCE_LEXICON },
    { "mai qua hỏi thăm ông nhé, nhớ mang theo gậy cho ông",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "report cái trang lừa đảo bán acc game này đi", NC_CATEGORY_SCAM, NULL, NC_EVIDENCE_LEXICON },
    { "ai bảo t là trang lừa đảo bán acc, uy tín nhé, ib đi",
      NC_CATEGORY_SCAM, "bán acc", NC_EVIDENCE_LEXICON },
  };
  static const SpanCase toneless[] = {
    { "ong ngoai deo may tro thinh roi nen nghe ro hon", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "deo may tro thinh vao di thang diec", NC_CATEGORY_HATE, "vao di thang diec", NC_EVIDENCE_LEXICON },
    { "t beo nhu con heo ma heo con de thuong hon t", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "t beo nhu con heo ma heo con con xinh hon m",
      NC_CATEGORY_INSULT, "t beo nhu con heo ma heo con con xinh hon m", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (en, G_N_ELEMENTS (en), "en");
  assert_span_cases (vi, G_N_ELEMENTS (vi), "vi");
  assert_span_cases (toneless, G_N_ELEMENTS (toneless), NULL);
}

/* Sixteenth round, s16-sorry: words the writer apologizes for having
 * said, an apology before them or a regret after them (regretted() in
 * nc-checker.c), lowered; the apology taken back, agreed with ("agree"
 * phrases), given to someone else, said by someone else, or with no
 * word of the past in Vietnamese, still warns. A must-warn and a
 * must-not for each. */
static void
test_sorry_r16 (void)
{
  static const SpanCase en[] = {
    { "sorry i called you a loser yesterday, i didn't mean it", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "i'm sorry for calling you fat in front of everyone, that was so wrong of me", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "i said you were a loser and i didn't mean it, sorry", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "my bad for calling you a loser bro, i was salty", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "sorry i called you a loser, but you are one", NC_CATEGORY_INSULT,
      "i called you a loser", NC_EVIDENCE_LEXICON },
    { "sorry i called you dumb, jake is the dumb one", NC_CATEGORY_INSULT,
      "dumb", NC_EVIDENCE_LEXICON },
    { "sorry jake called you a loser", NC_CATEGORY_INSULT,
      "you a loser", NC_EVIDENCE_CONTEXT },
    { "sorry for calling you fat, it's not your fault you eat so much", NC_CATEGORY_INSULT,
      "you fat", NC_EVIDENCE_LEXICON },
    { "sorry i called you dumb, you're actually dumber", NC_CATEGORY_INSULT,
      "you're actually dumber", NC_EVIDENCE_CONTEXT },
    { "i called you a loser and i was right", NC_CATEGORY_INSULT,
      "i called you a loser", NC_EVIDENCE_LEXICON },
    { "sorry i called you fat, not sorry", NC_CATEGORY_INSULT,
      "i called you fat", NC_EVIDENCE_LEXICON },
    { "sorry i called you stupid lol jk", NC_CATEGORY_INSULT,
      "i called you stupid", NC_EVIDENCE_LEXICON },
    /* (lead: the word said again takes the apology back; not the
     * writer's own, nor denied) */
    { "i apologize for calling you a nerd, nerd", NC_CATEGORY_INSULT,
      "you a nerd", NC_EVIDENCE_CONTEXT },
    { "sorry i called you a loser, you're not a loser at all", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "sorry i called you a nerd, i'm a nerd too honestly", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "my dog is dumber than my cat lol", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "i'm sorry it's not your fault, you did your best", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    /* (r16s2: the put-down said again after the apology) */
    { "i'm sorry i said you were fat, i meant obese", NC_CATEGORY_INSULT,
      "you were fat", NC_EVIDENCE_CONTEXT },
    { "sorry for calling you stupid, you still are tho", NC_CATEGORY_INSULT,
      "you stupid", NC_EVIDENCE_LEXICON },
  };
  static const SpanCase vi[] = {
    { "tớ xin lỗi vì đã gọi cậu là đồ ngu trong nhóm chat, tớ sai rồi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "xin lỗi cậu nhé, hôm qua tớ lỡ mồm gọi cậu là đồ ngốc", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "to xin loi vi da goi cau la do ngu, to sai roi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "xin lỗi vì gọi cậu là đồ ngốc, chứ tớ không có ý gì đâu", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "xin lỗi vì đã gọi mày là đồ ngu, nhưng sự thật là thế", NC_CATEGORY_INSULT,
      "đồ ngu", NC_EVIDENCE_LEXICON },
    { "xin lỗi nhé, gọi mày là đồ ngu là còn nhẹ đấy", NC_CATEGORY_INSULT,
      "đồ ngu", NC_EVIDENCE_LEXICON },
    { "tớ xin lỗi vì gọi cậu là đồ đần, chứ con Lan mới đần thật", NC_CATEGORY_INSULT,
      "đồ đần", NC_EVIDENCE_LEXICON },
    { "xin lỗi vì tụi nó gọi mày là đồ ngu", NC_CATEGORY_INSULT,
      "đồ ngu", NC_EVIDENCE_LEXICON },
    { "xin loi vi goi may la do ngu, nhung su that la the", NC_CATEGORY_INSULT,
      "do ngu", NC_EVIDENCE_LEXICON },
    /* (the truth told, not a slip: "nói thật là") */
    { "xin loi vi da noi that la may ngu", NC_CATEGORY_INSULT,
      "may ngu", NC_EVIDENCE_LEXICON },
    { "t xin loi vi hom qua lo goi m la do dien, t sai roi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    /* (r16s2: blamed on the one called, said again) */
    { "xin lỗi vì đã gọi mày là đồ nhà quê, tại mày quê thật", NC_CATEGORY_HATE,
      "đồ nhà quê", NC_EVIDENCE_LEXICON },
    { "tao xin lỗi vì đã chê mày béo, nhưng béo thì vẫn béo thôi", NC_CATEGORY_INSULT,
      "mày béo", NC_EVIDENCE_CONTEXT },
    /* (lead: the word said again, "dan"; "béo" again of the writer) */
    { "xin loi vi da goi may la thang dan, nhung may dan that", NC_CATEGORY_INSULT,
      "thang dan", NC_EVIDENCE_LEXICON },
    { "tớ xin lỗi vì đã chê cậu béo, tớ cũng béo mà", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (en, G_N_ELEMENTS (en), "en");
  assert_span_cases (vi, G_N_ELEMENTS (vi), "vi");
}

/* Vietnamese typed without marks, sixteenth round (s16-tone): words that
 * read two ways, decided by the words around them. "ăn tát" (a slap, or
 * "ăn tất", eat it all) given by "t" to "m" after a time of the fight;
 * "ở bẩn" ("ở bản", in the village) with how much, or of "bọn" and a
 * region's people; "nhà quê", "gà", "như con vẹt", "chảnh chó" said right
 * after a boy, a girl named or "m"; the cut-short "d" after a pronoun or
 * before what nobody wants. Each with a twin that must not warn (a cake
 * shared, the year-end meal, a teacher in a village, homesickness, a
 * noob oneself, a stain, lemons, a quiz answer, "đã"), and wrapped ones
 * ("đùa thôi", "sorry nhưng", "mẹ ơi", a story) that still warn. */
static void
test_tone_r16 (void)
{
  static const SpanCase r16[] = {
    { "mai den lop t cho m an tat nhe", NC_CATEGORY_VIOLENCE,
      "mai den lop t cho m an tat", NC_EVIDENCE_LEXICON },
    { "dua thoi, mai den lop t cho m an tat", NC_CATEGORY_VIOLENCE,
      "mai den lop t cho m an tat", NC_EVIDENCE_LEXICON },
    { "me oi mai con cho thang Tuan an tat vi no treu con", NC_CATEGORY_VIOLENCE,
      "mai con cho thang Tuan an tat", NC_EVIDENCE_LEXICON },
    { "banh nay t cho m an tat, t no roi", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "toi nay t cho m an tat nien o nha t luon nhe", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "m lam vay nua la an tat day", NC_CATEGORY_VIOLENCE,
      "nua la an tat day", NC_EVIDENCE_LEXICON },
    { "thang Tuan o ban vl, ao mac ca tuan ko thay", NC_CATEGORY_INSULT,
      "thang Tuan o ban vl", NC_EVIDENCE_LEXICON },
    { "trong truyen t viet, thang Nam o ban vl, ca lop ne no", NC_CATEGORY_INSULT,
      "thang Nam o ban vl", NC_EVIDENCE_LEXICON },
    { "con t o ban lam co giao", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "m o ban the nao, co song dien thoai ko", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "bon no toan o ban, ai ma choi cho noi", NC_CATEGORY_INSULT,
      "bon no toan o ban", NC_EVIDENCE_LEXICON },
    { "tui no o ban the nao, co dien ko", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "bon no o ban lam nuong ca ngay", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "bon dan toc lop minh o ban vl", NC_CATEGORY_HATE,
      "bon dan toc lop minh o ban vl", NC_EVIDENCE_LEXICON },
    { "con nho nuoi ga the a", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "nguoi dan toc toan o ban tren nui", NC_CATEGORY_HATE,
      NULL, NC_EVIDENCE_LEXICON },
    { "dan que len day toan o ban, hoc thi dot", NC_CATEGORY_HATE,
      "dan que len day toan o ban", NC_EVIDENCE_LEXICON },
    { "con Hoa nha que vai, di dep to ong di hoc", NC_CATEGORY_INSULT,
      "con Hoa nha que vai", NC_EVIDENCE_LEXICON },
    { "me oi con o nha que lam bai tap roi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "con ve nha que lam gi vay me", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "t nho nha que lam", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "con Hoa o nha que len, mang theo banh chung", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "thang Duy ga nhu con ga, keo ca team", NC_CATEGORY_INSULT,
      "thang Duy ga nhu con ga", NC_EVIDENCE_LEXICON },
    { "hehe m ga qua, ve choi game tre em di", NC_CATEGORY_INSULT,
      "m ga qua", NC_EVIDENCE_LEXICON },
    { "t moi hoc game nay, con ga lam, m chi t voi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "m an ga qua troi luon", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "m noi nhu con vet, chi biet lap lai loi co", NC_CATEGORY_INSULT,
      "m noi nhu con vet", NC_EVIDENCE_LEXICON },
    { "sorry nhung m noi nhu con vet that", NC_CATEGORY_INSULT,
      "m noi nhu con vet", NC_EVIDENCE_LEXICON },
    { "lau ban roi ma nhu con vet mo, lau lai di", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "con nho do chanh cho, ai hoi cung ko tra loi", NC_CATEGORY_INSULT,
      "con nho do chanh cho", NC_EVIDENCE_LEXICON },
    { "m vat chanh cho t voi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "t d biet, hoi con Mai y", NC_CATEGORY_INSULT,
      "t d biet", NC_EVIDENCE_LEXICON },
    { "dua ti thoi, t d can m giup", NC_CATEGORY_INSULT,
      "t d can m giup", NC_EVIDENCE_LEXICON },
    { "d ai them choi voi may", NC_CATEGORY_INSULT,
      "d ai them", NC_EVIDENCE_LEXICON },
    { "cau 5 t chon d, con m chon gi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "vitamin d ai cung can", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "t d biet roi, khoi noi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "t d quan tam ban ay tu lau roi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "me bao cai tui nay la do nha que gui len", NC_CATEGORY_HATE,
      NULL, NC_EVIDENCE_LEXICON },
    { "m la do nha que gui len day lam gi", NC_CATEGORY_HATE,
      "do nha que gui", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r16, G_N_ELEMENTS (r16), "vi");
}

/* Sixteenth round, s16-en: a crowd sent after someone with or without the
 * address or account; a put-down others give agreed with or joined; the
 * writer among a report's tellers; a retort repeating the attack; a pet
 * or a thing held up against someone; and the other way a pet's body, a
 * thing made and something outgrown told fondly. A must-warn and a
 * must-not for each. */
static void
test_en_r16e (void)
{
  static const SpanCase r16e[] = {
    { "drop his @ so we can all spam him", NC_CATEGORY_INSULT, "so we can all spam him", NC_EVIDENCE_LEXICON },
    { "drop his @ so we can all congratulate him on the win", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "lets all spam her with birthday wishes", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "drop the address so we can all show up at her house for the party", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "post her address so we can all show up at her house with cake and egg it", NC_CATEGORY_INSULT,
      "with cake and egg it", NC_EVIDENCE_LEXICON },
    { "someone post her address so we can pay her a little visit", NC_CATEGORY_INSULT,
      "her address so we can pay her a little visit", NC_EVIDENCE_LEXICON },
    { "lets all pay grandpa a visit at the hospital tomorrow", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "find out where he lives and we'll go visit him after school", NC_CATEGORY_INSULT,
      "where he lives and we'll go visit him", NC_EVIDENCE_LEXICON },
    { "we're visiting grandma this weekend, she lives in ohio", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "people keep calling jake a loser, and he is one", NC_CATEGORY_INSULT,
      "keep calling jake a loser, and he is one", NC_EVIDENCE_LEXICON },
    { "people keep calling ryan the funniest kid, and he is", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "kids say liam smells and honestly he does", NC_CATEGORY_INSULT, "say liam smells and honestly he does",
      NC_EVIDENCE_LEXICON },
    { "kids say the haunted house smells and honestly it does", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "people keep calling lucas a loser and so do i", NC_CATEGORY_INSULT,
      "keep calling lucas a loser and so do i", NC_EVIDENCE_LEXICON },
    { "people keep calling me a nerd and i'm proud of it", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "kids call him a loser and i agree, it's so mean of them", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "kids call her a pig and i do too lol", NC_CATEGORY_INSULT, "call her a pig and i do too",
      NC_EVIDENCE_LEXICON },
    { "everyone including me thinks maya is ugly", NC_CATEGORY_INSULT, "including me thinks maya is ugly",
      NC_EVIDENCE_LEXICON },
    { "everyone including me got yelled at by the coach today", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "people including me keep telling ethan to kys", NC_CATEGORY_VIOLENCE,
      "including me keep telling ethan to kys", NC_EVIDENCE_LEXICON },
    { "kids keep calling everyone the n word, including me, how do i report it", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
    { "someone told me to go back to my country, so go back to yours", NC_CATEGORY_INSULT,
      "go back to my country, so go back to yours", NC_EVIDENCE_LEXICON },
    { "someone told me to go back to my country, so i told my teacher", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "someone told me i'm dumb, well you're dumber", NC_CATEGORY_INSULT, "you're dumber", NC_EVIDENCE_CONTEXT },
    { "i'm dumber than my dog at math lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "even my dog is less ugly than you, sophie", NC_CATEGORY_INSULT, "less ugly than you", NC_EVIDENCE_LEXICON },
    { "you're smarter than you think, don't give up", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "my dog is so fat, just like you", NC_CATEGORY_INSULT, "is so fat, just like you", NC_EVIDENCE_LEXICON },
    { "my dog is so fat he can't fit in his bed anymore haha", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "my drawing looks so dumb, just like you", NC_CATEGORY_INSULT, "looks so dumb, just like you",
      NC_EVIDENCE_LEXICON },
    { "my drawing of a horse looks so dumb haha", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you're so fat you can't fit in your chair anymore", NC_CATEGORY_INSULT, "you're so fat you",
      NC_EVIDENCE_LEXICON },
    { "the shirt doesn't fit anymore haha", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (lead: sent back to a farm "you came from", or called a farm boy;
     * a family's summer on the farm says nothing) */
    { "go back to whatever farm you came from", NC_CATEGORY_INSULT,
      "go back to whatever farm you came from", NC_EVIDENCE_LEXICON },
    { "farm boy, go back to the farm", NC_CATEGORY_INSULT,
      "farm boy, go back to the farm", NC_EVIDENCE_LEXICON },
    { "we go back to the farm every summer", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "we moved back to the countryside last year", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "welcome home buddy, right where you belong", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "get in the trash where you belong", NC_CATEGORY_INSULT, "trash where you belong", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r16e, G_N_ELEMENTS (r16e), "en");
}

/* Sixteenth round, s16-den: the round's allows attacked and their words
 * in everyday use. An apology taken back in more words ("the truth
 * hurts", "lmao not really", "you'll always be one", "u kinda are tho",
 * "oink oink", "maybe stop eating"); "sorry not sorry" negates no
 * put-down (the taking back is read for an apology only, flag
 * `takeback`: a child's report of the same words keeps its allow);
 * "i shouldn't have said" and "i feel so bad for calling" are
 * the writer's apology; "braindead" aimed; getting lost and a pet called
 * dumb with love. A must-warn and a must-not for each. */
static void
test_den_r16 (void)
{
  static const SpanCase r16n[] = {
    { "sorry i called you ugly, the truth hurts", NC_CATEGORY_INSULT, "i called you ugly", NC_EVIDENCE_LEXICON },
    { "sorry i called you a clown, you'll always be one", NC_CATEGORY_INSULT, "i called you a clown",
      NC_EVIDENCE_LEXICON },
    { "sorry i called you a loser, u kinda are tho", NC_CATEGORY_INSULT, "i called you a loser",
      NC_EVIDENCE_LEXICON },
    { "sorry i called you dumb lmao not really", NC_CATEGORY_INSULT, "i called you dumb", NC_EVIDENCE_LEXICON },
    { "sorry for calling you a pig, oink oink", NC_CATEGORY_INSULT, "you a pig", NC_EVIDENCE_CONTEXT },
    { "sorry i called you fat, maybe stop eating so much", NC_CATEGORY_INSULT, "i called you fat",
      NC_EVIDENCE_LEXICON },
    { "sorry i called you a loser, i didn't mean it. wanna play minecraft later?", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "sorry not sorry you're a loser", NC_CATEGORY_INSULT, "you're a loser", NC_EVIDENCE_LEXICON },
    { "sorry not sorry i ate the last cookie", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you're not a loser, you're awesome", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "stop worrying, and you're not fat at all", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i'm not dumb and you're not dumb either", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i'm not sorry, you're a loser", NC_CATEGORY_INSULT, "you're a loser", NC_EVIDENCE_LEXICON },
    { "sorry coach, i shouldn't have said the drill was stupid", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i shouldn't have said you smell, you reek", NC_CATEGORY_INSULT, "you smell", NC_EVIDENCE_LEXICON },
    { "sorry, i shouldve called you a loser sooner", NC_CATEGORY_INSULT, "you a loser", NC_EVIDENCE_CONTEXT },
    { "sorry, jake shouldn't have said you're stupid, he was mad", NC_CATEGORY_INSULT, "you're stupid",
      NC_EVIDENCE_LEXICON },
    { "sorry i should've never said your drawing was ugly", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i feel so bad for calling you a crybaby, everyone cries sometimes", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "i feel bad for calling you a loser, you are one", NC_CATEGORY_INSULT, "you a loser", NC_EVIDENCE_CONTEXT },
    { "you're totally braindead", NC_CATEGORY_INSULT, "you're totally braindead", NC_EVIDENCE_CONTEXT },
    { "i'm so braindead after that math test", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "here's a map in case you get lost at the fair", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "get lost, and if you get lost for real nobody will look for you", NC_CATEGORY_INSULT, "get lost",
      NC_EVIDENCE_LEXICON },
    { "our puppy chewed my shoe again, he's so dumb but so cute", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "emma is so chubby but so cute, like a little piggy", NC_CATEGORY_INSULT, "piggy", NC_EVIDENCE_LEXICON },
    { "sorry i called you ugly, i was being honest", NC_CATEGORY_INSULT, "i called you ugly", NC_EVIDENCE_LEXICON },
    { "sorry i called you ugly, everyone agrees tho", NC_CATEGORY_INSULT, "i called you ugly",
      NC_EVIDENCE_LEXICON },
    { "sorry i called you a pig, oink", NC_CATEGORY_INSULT, "i called you a pig", NC_EVIDENCE_LEXICON },
    { "people keep calling me stupid and say they're speaking facts, i feel so bad", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "he called me ugly and said he was just being honest, how do i deal with that", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "i'm sorry i called you dumb, to be honest i was jealous", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "after the game i'll go back to mine and you go back to yours", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "go back to your house, go back to your country", NC_CATEGORY_HATE, "go back to your country",
      NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r16n, G_N_ELEMENTS (r16n), "en");
}

/* Seventeenth round, the lead: whatever "is gonna kill" the writer is
 * hyperbole ("this math test is gonna kill me"), while "gonna kill you"
 * still blocks; a wait after school for a child who tells, and someone's
 * ugly picture sent round, warn, and so do someone's messages
 * screenshotted and spread, and a put-down in quotation marks put on
 * someone ("you are "stupid"", quote_aimed()); a sentence on a social problem, capitalised as a pupil
 * writes it, is not warned for the model's words alone ("vấn nạn nhức
 * nhối"), while a put-down in it still warns. */
static void
test_lead_r17 (void)
{
  static const SpanCase r17l_en[] = {
    { "this math test is gonna kill me", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "the suspense is gonna kill us all lol", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "im gonna kill you after school", NC_CATEGORY_VIOLENCE, "im gonna kill you", NC_EVIDENCE_CONTEXT },
    /* a wait after school promised to a child who tells; a wait to go
     * somewhere together says nothing */
    { "snitch again and i'll wait for you at the gate", NC_CATEGORY_VIOLENCE,
      "snitch again and i'll wait for you", NC_EVIDENCE_LEXICON },
    { "tell the teacher and i'll be waiting for you after school", NC_CATEGORY_VIOLENCE,
      "tell the teacher and i'll be waiting for you after school", NC_EVIDENCE_LEXICON },
    { "tell the teacher and i'll wait for you by the library", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i'll be waiting for you after school so we can get ice cream", NC_CATEGORY_VIOLENCE, NULL,
      NC_EVIDENCE_LEXICON },
  };
  /* someone's ugly or embarrassing picture sent round; a nice one, or
   * one's own, says nothing */
  static const SpanCase r17l_en_insult[] = {
    { "post that ugly pic of her on the class story", NC_CATEGORY_INSULT, "post that ugly pic of her",
      NC_EVIDENCE_LEXICON },
    { "share that embarrassing video of him with everyone", NC_CATEGORY_INSULT,
      "share that embarrassing video of him", NC_EVIDENCE_LEXICON },
    { "post that pic of the sunset on the class story", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "share my embarrassing video with everyone lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };
  static const SpanCase r17l_vi[] = {
    { "Bạo lực học đường đang là vấn nạn nhức nhối trong xã hội hiện nay.", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_NGRAM },
    { "Nạn nói tục, chửi thề trong giới trẻ ngày càng phổ biến, đáng báo động.", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_NGRAM },
    { "Bạo lực học đường, chúng mày là lũ chó.", NC_CATEGORY_INSULT, "lũ chó", NC_EVIDENCE_LEXICON },
    /* someone's messages spread; a parent's child's, sent to the parents'
     * group, are not */
    { "chụp lại tin nhắn nó tỏ tình rồi tung lên đi mọi người", NC_CATEGORY_INSULT,
      "tin nhắn nó tỏ tình rồi tung lên", NC_EVIDENCE_LEXICON },
    { "mẹ chụp tin nhắn của con rồi đăng lên nhóm phụ huynh hỏi cô", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "chụp tin nhắn của con Hà rồi đăng lên nhóm lớp cho cả lớp cười", NC_CATEGORY_INSULT,
      "tin nhắn của con Hà rồi đăng lên nhóm lớp cho cả lớp cười", NC_EVIDENCE_LEXICON },
  };

  /* a put-down in quotation marks put on someone, not reported */
  static const SpanCase r17l_quoted[] = {
    { "you are \"stupid\"", NC_CATEGORY_INSULT, "stupid", NC_EVIDENCE_LEXICON },
    { "ur a \"loser\" lol", NC_CATEGORY_INSULT, "loser", NC_EVIDENCE_LEXICON },
    { "he called me \"fat\", im sad", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };
  static const SpanCase r17l_quoted_vi[] = {
    { "mày là \"đồ xấu xí\" đấy, biết chưa", NC_CATEGORY_INSULT, "đồ xấu xí", NC_EVIDENCE_LEXICON },
    { "tao bảo \"mày là đồ béo\"", NC_CATEGORY_INSULT, "đồ béo", NC_EVIDENCE_LEXICON },
    { "nó bảo tớ là \"đồ béo\", tớ buồn lắm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  /* a child mocked for having no father, a life said to be of no use;
   * a father away on business, a lift offered, say nothing */
  static const SpanCase r17l2_vi[] = {
    { "mày có bố đâu mà đòi họp phụ huynh", NC_CATEGORY_INSULT, "mày có bố đâu", NC_EVIDENCE_LEXICON },
    { "m co bo dau ma bay dat khoe", NC_CATEGORY_INSULT, "m co bo dau", NC_EVIDENCE_LEXICON },
    { "mày sống cũng chẳng có ích gì cho ai", NC_CATEGORY_INSULT, "mày sống cũng chẳng có ích gì",
      NC_EVIDENCE_LEXICON },
    { "hôm nay bạn Nam không có bố đi họp phụ huynh vì bố bạn ấy đi công tác", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "mày có bố mẹ đón không, không thì đi xe buýt với tao", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  /* a child's own despair is no put-down: the model's words do not warn
   * beside the care reminder; a lexicon entry still does */
  static const SpanCase r17l_care[] = {
    { "i dont want to be alive anymore", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_NGRAM },
    { "kys, i want to die too", NC_CATEGORY_VIOLENCE, "kys", NC_EVIDENCE_LEXICON },
    { "i want to die, you're such an idiot", NC_CATEGORY_INSULT, "you're such an idiot", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r17l_en, G_N_ELEMENTS (r17l_en), "en");
  assert_span_cases (r17l2_vi, G_N_ELEMENTS (r17l2_vi), NULL);
  assert_span_cases (r17l_care, G_N_ELEMENTS (r17l_care), "en");
  assert_span_cases (r17l_en_insult, G_N_ELEMENTS (r17l_en_insult), "en");
  assert_span_cases (r17l_quoted, G_N_ELEMENTS (r17l_quoted), "en");
  assert_span_cases (r17l_quoted_vi, G_N_ELEMENTS (r17l_quoted_vi), "vi");
  assert_span_cases (r17l_vi, G_N_ELEMENTS (r17l_vi), "vi");
}

/* Seventeenth round, the lead: a swear word aimed at no one is crude
 * language, a reminder (NC_CATEGORY_CRUDE at NC_SEVERITY_INFO, with the
 * swear word's span), not a warning: "phim này hay vl", "this is fucking
 * awesome". Said at someone ("dm mày", "fuck off"), beside a put-down
 * ("m ngu vl"), or a curse that blocks ("đụ má"), it warns as before. */
static void
test_crude_r17 (void)
{
  static const struct {
    const char *text, *lang, *crude;   /* the crude reminder's span, or NULL: a warning */
  } crude_cases[] = {
    { "phim này hay vl", "vi", "vl" },
    { "game nay nhu cc", NULL, "cc" },
    { "trời ơi đm, quên mang vở rồi", "vi", "đm" },
    { "m de thuong vl, ke ca luc ngu gat", NULL, "vl" },
    { "this is fucking awesome", "en", "fucking" },
    { "shit i forgot my keys", "en", "shit" },
    { "dm may", NULL, NULL },
    { "vl thang kia", NULL, NULL },
    { "m ngu vl", NULL, NULL },
    { "đụ má", "vi", NULL },
    { "im mẹ nó mồm", "vi", NULL },
    { "fuck off", "en", NULL },
    { "fuck you", "en", NULL },
    { "go fuck yourself", "en", NULL },
    { "eat shit", "en", NULL },
    { "ur such a dipshit", "en", NULL },
    { "holy shit that was close", "en", "shit" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (crude_cases); i++)
    {
      g_autoptr(NcReport) report = nc_checker_check (checker, crude_cases[i].text, -1, crude_cases[i].lang, NULL);
      const NcFinding *f;
      gsize n;
      g_autofree char *crude = NULL;

      g_test_message ("%s", crude_cases[i].text);
      f = nc_report_get_findings (report, &n);
      for (gsize k = 0; k < n; k++)
        if (f[k].category == NC_CATEGORY_CRUDE)
          {
            g_assert_cmpint (f[k].severity, ==, NC_SEVERITY_INFO);
            g_assert_cmpstr (f[k].ref_id, ==, "4.6");
            g_assert_null (crude);
            crude = g_strndup (crude_cases[i].text + f[k].byte_start, f[k].byte_end - f[k].byte_start);
          }
      g_assert_cmpstr (crude, ==, crude_cases[i].crude);
      /* a reminder alone never flags the draft; a warning does */
      g_assert_true (nc_report_is_flagged (report) == (crude_cases[i].crude == NULL));
    }
}

/* Checks @text: its crude reminders' spans ("|" between them; NULL for
 * none) and whether it is flagged (test_chat_r17(), test_chat_r18()). */
static void
assert_crude_case (const char *text, const char *lang, const char *crude, gboolean flagged)
{
  g_autoptr(NcReport) report = nc_checker_check (checker, text, -1, lang, NULL);
  g_autoptr(GString) spans = g_string_new (NULL);
  gsize n;
  const NcFinding *f = nc_report_get_findings (report, &n);

  g_test_message ("%s", text);
  for (gsize k = 0; k < n; k++)
    if (f[k].category == NC_CATEGORY_CRUDE)
      g_string_append_printf (spans, "%s%.*s", spans->len > 0 ? "|" : "",
                              (int) (f[k].byte_end - f[k].byte_start), text + f[k].byte_start);
  g_assert_cmpstr (spans->len > 0 ? spans->str : NULL, ==, crude);
  g_assert_cmpint (nc_report_is_flagged (report), ==, flagged);
}

/* Seventeenth round, s17-chat: the crude-language reminder attacked. A
 * swear word said at someone called by name ("con Hà đm", "đm con bé lớp
 * bên"), beside a put-down in a draft that speaks of someone ("nhà con
 * Trang bán ve chai, hôi vl"), in a draft about someone's family or looks
 * ("liam's family is poor as shit") or one word before a put-down's
 * subject ("holy shit noah smells so bad") warns; praise with a swear
 * word of someone called ("thang Khoa ban tia hay vl") is a reminder; a
 * put-down of oneself opening the draft or a later clause of a draft
 * opened by the writer ("ngu quá, t quên mang vở rồi", "t tang 3kg sau
 * tet, an nhu heo") warns no one. */
static void
test_chat_r17 (void)
{
  static const struct {
    const char *text, *lang, *crude;   /* the crude reminders' spans, or NULL */
    gboolean flagged;
  } chat_cases[] = {
    { "con Lan dm", NULL, NULL, TRUE },
    { "đm con nhỏ kia", "vi", NULL, TRUE },
    { "dm con nho lop ben", NULL, NULL, TRUE },
    { "nhà con Mai hôi vl", "vi", NULL, TRUE },
    { "con Tú mập vl", "vi", NULL, TRUE },
    { "thang Tuan hat do vl", NULL, NULL, TRUE },
    { "thang Bao choi ngu vl", NULL, NULL, TRUE },
    { "dm con game nay lag qua", NULL, "dm con", FALSE },
    { "dm con game nay lag vl", NULL, "dm con|vl", FALSE },
    { "con mèo nhà t béo vl", "vi", "t béo vl", FALSE },
    { "thang Nam da banh hay vl", NULL, "vl", FALSE },
    { "con Hà vẽ đẹp vl", "vi", "vl", FALSE },
    { "vl mặt con Trinh như cái mâm", "vi", NULL, TRUE },
    { "con Hoa lun vl", NULL, NULL, TRUE },
    { "vl con Thu duoc giai nhat, gioi that", NULL, "vl con Thu", FALSE },
    { "holy shit ruby's mom made the best pie", "en", "shit", FALSE },
    { "emma's mom is so fucking annoying lol", "en", NULL, TRUE },
    { "jack's dad is a fucking drunk", "en", NULL, TRUE },
    { "holy shit ben smells so bad", "en", NULL, TRUE },
    { "the new kid is so damn fat", "en", NULL, TRUE },
    { "my mom's car is fucking broken again", "en", "fucking", FALSE },
    { "shit my sister's face when she saw the cake", "en", "shit", FALSE },
    { "jake's mom makes fucking amazing cookies", "en", "fucking", FALSE },
    { "holy shit it smells so bad in here", "en", "shit", FALSE },
    { "ngu quá, t quên mang vở rồi", "vi", NULL, FALSE },
    { "ngu qua, t noi m roi ma", NULL, NULL, TRUE },
    { "t tang 3kg sau tet, an nhu heo", NULL, NULL, FALSE },
    { "t thay m, an nhu heo", NULL, NULL, TRUE },
    { "t biet roi, do hai mat", NULL, NULL, TRUE },
    { "Xinh lắm cơ, về nhìn lại cái mặt mình đi", "vi", NULL, TRUE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (chat_cases); i++)
    assert_crude_case (chat_cases[i].text, chat_cases[i].lang, chat_cases[i].crude, chat_cases[i].flagged);
}

/* Seventeenth round, s17-care: the writer's own despair is a "care"
 * reminder (c88.5, lesson-wellbeing) at severity info, which flags
 * nothing; hyperbole, a song quoted and someone else told to die are not
 * (the last keeps its warning, beside the reminder when the writer
 * despairs too). */
static gboolean
has_care (const char *text, const char *lang)
{
  g_autoptr(NcReport) report = nc_checker_check (checker, text, -1, lang, NULL);
  gsize n;
  const NcFinding *f = nc_report_get_findings (report, &n);
  gboolean care = FALSE;

  for (gsize i = 0; i < n; i++)
    if (f[i].category == NC_CATEGORY_CARE)
      {
        g_assert_cmpint (f[i].severity, ==, NC_SEVERITY_INFO);
        g_assert_cmpstr (f[i].ref_id, ==, "c88.5");
        g_assert_cmpstr (f[i].lesson_id, ==, "lesson-wellbeing");
        g_assert_null (f[i].suggestion);
        care = TRUE;
      }
  return care;
}

static void
test_care_r17 (void)
{
  static const struct { const char *text, *lang; gboolean care; } care_cases[] = {
    { "i want to die", "en", TRUE },
    { "nobody would even notice if i was gone", "en", TRUE },
    { "no one would care if i died", "en", TRUE },
    { "i wanna disappear", "en", TRUE },
    /* (twenty-second round: the words of short video apps) */
    { "honestly i want to kms rn", "en", TRUE },
    { "i wanna unalive myself", "en", TRUE },
    { "i hate my life so much rn", "en", TRUE },
    { "i cant do this anymore im so tired", "en", TRUE },
    { "tao chán sống lắm rồi", "vi", TRUE },
    { "chán quá, t nhảy lầu luôn đi cho xong", "vi", TRUE },
    { "mình chỉ muốn biến mất thôi", "vi", TRUE },
    { "sống làm gì nữa", "vi", TRUE },
    { "em thật sự muốn chết", "vi", TRUE },
    { "tao chan song lam roi", NULL, TRUE },
    { "ko muon song nua", NULL, TRUE },
    { "t muon chet", NULL, TRUE },
    /* (eighteenth round, the lead) a burden, no point, self-hatred, never
     * born, everyone better off, no one caring; and their look-alikes */
    { "i'm a burden to everyone", "en", TRUE },
    { "i dont see the point of anything anymore", "en", TRUE },
    { "no one cares if i live or die", "en", TRUE },
    { "i hate myself so much", "en", TRUE },
    { "mình là gánh nặng của cả nhà", "vi", TRUE },
    { "mình thấy cuộc sống vô nghĩa quá", "vi", TRUE },
    { "giá mà mình không được sinh ra", "vi", TRUE },
    { "nếu mình chết đi chắc mọi người vui hơn", "vi", TRUE },
    { "chả ai quan tâm mình sống hay chết", "vi", TRUE },
    { "mình ghét bản thân mình kinh khủng", "vi", TRUE },
    { "nhiều lúc mình nghĩ biến mất luôn cho xong", "vi", TRUE },
    { "hom nay t la ganh nang cua nhom vi quen slide, xin loi ae", NULL, FALSE },
    { "em là người thừa kế của ông nội", "vi", FALSE },
    { "nợ công là gánh nặng cho nền kinh tế", "vi", FALSE },
    { "i hate myself for eating all the cookies lol", "en", FALSE },
    { "honestly everyone would be happier if i just wasnt around", "en", TRUE },
    { "i've been thinking about ending things", "en", TRUE },
    { "không ai cần mình cả, mình có biến mất cũng chẳng sao", "vi", TRUE },
    { "i'm worthless at drawing, my sister is way better", "en", FALSE },
    { "it made me feel worthless when they laughed", "en", FALSE },
    { "mai chủ nhật, không muốn tỉnh dậy sớm đâu", "vi", FALSE },
    { "con mèo cào tay mình chảy máu luôn", "vi", FALSE },
    { "i want to disappear under my blanket all weekend", "en", FALSE },
    { "this homework is killing me", "en", FALSE },
    { "i'm dead 💀😂", "en", FALSE },
    { "omg i want to die of embarrassment lol", "en", FALSE },
    { "the song goes \"i don't wanna live anymore\"", "en", FALSE },
    { "she sang “i want to die” so loud", "en", FALSE },
    { "i can't do this puzzle anymore, going to bed", "en", FALSE },
    { "cười chết mất 😂", "vi", FALSE },
    { "nóng muốn chết luôn ấy", "vi", FALSE },
    { "đói chết đi được", "vi", FALSE },
    { "mệt muốn xỉu sau buổi tập", "vi", FALSE },
    { "tao ngại muốn chết khi bị cô gọi tên", "vi", FALSE },
    { "mày muốn chết à", "vi", FALSE },
    { "ao thuat gia lam con tho bien mat", NULL, FALSE },
  };
  g_autoptr(NcReport) mixed = nc_checker_check (checker, "kys, i want to die too", -1, "en", NULL);
  g_autoptr(NcReport) alone = nc_checker_check (checker, "i want to die", -1, "en", NULL);
  static const struct { const char *name, *value; } members[] = {
    { "category", "care" }, { "ref", "c88.5" }, { "severity", "info" }, { "lesson", "lesson-wellbeing" },
  };
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  JsonObject *first;
  const NcFinding *f;
  gsize n;
  gboolean violence = FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (care_cases); i++)
    if (has_care (care_cases[i].text, care_cases[i].lang) != care_cases[i].care)
      g_error ("“%s”: care reminder %s", care_cases[i].text, care_cases[i].care ? "missing" : "shown");

  /* a reminder, never a flag; nor a threat's words in the writer's own
   * "if I died" */
  g_assert_false (nc_report_is_flagged (alone));
  {
    g_autoptr(NcReport) if_i_died = nc_checker_check (checker, "nếu mình chết đi chắc mọi người vui hơn", -1, "vi", NULL);

    g_assert_false (nc_report_is_flagged (if_i_died));
  }
  g_assert_cmpint (nc_report_get_max_severity (alone), ==, NC_SEVERITY_INFO);
  /* someone else told to die keeps its warning */
  g_assert_true (has_care ("kys, i want to die too", "en"));
  f = nc_report_get_findings (mixed, &n);
  for (gsize i = 0; i < n; i++)
    violence |= f[i].category == NC_CATEGORY_VIOLENCE && f[i].severity == NC_SEVERITY_BLOCK;
  g_assert_true (violence);
  g_assert_true (nc_report_is_flagged (mixed));

  /* as JSON: the category, the rule it cites, its lesson, at info */
  g_assert_cmpstr (nc_category_to_string (NC_CATEGORY_CARE), ==, "care");
  json = nc_report_to_json (alone, NC_REPORT_OFFSETS_UTF16);
  root = json_from_string (json, NULL);
  g_assert_false (json_object_get_boolean_member (json_node_get_object (root), "flagged"));
  first = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "findings"), 0);
  for (gsize i = 0; i < G_N_ELEMENTS (members); i++)
    g_assert_cmpstr (json_object_get_string_member (first, members[i].name), ==, members[i].value);
  g_assert_nonnull (strstr (json_object_get_string_member (first, "explanation"), "111"));
}

/* Eighteenth round, s18-care2: care_by_signals(), the writer beside a
 * class of despair words, weighed; one signal alone is hyperbole, a joke,
 * a game; someone else spoken to or of is not the writer's despair; the
 * model's words stay in a draft that speaks to someone. */
static void
test_care_r18 (void)
{
  static const struct { const char *text, *lang; gboolean care; } r18_cases[] = {
    { "i feel worthless and i just want to give up", "en", TRUE },
    { "i'm a failure, mom and dad deserve a better kid", "en", TRUE },
    { "i've been cutting again and i dont know how to stop", "en", TRUE },
    { "i feel so alone even when im with people", "en", TRUE },
    { "mệt mỏi lắm rồi, không muốn cố gắng nữa", "vi", TRUE },
    { "cuộc đời mình chẳng còn gì để mất", "vi", TRUE },
    { "mình thấy mình vô dụng quá, chẳng làm được gì cho ai", "vi", TRUE },
    { "minh la do that bai, ko xung dang voi ai ca", NULL, TRUE },
    { "this game makes me want to give up", "en", FALSE },
    { "ugh mondays make me want to disappear", "en", FALSE },
    { "i felt worthless after that match, 0 kills, but gg", "en", FALSE },
    { "you're not alone, text me anytime if you feel down ok?", "en", FALSE },
    { "i want to disappear into a good book all weekend", "en", FALSE },
    { "a kid told me to kill myself at recess and i told the teacher", "en", FALSE },
    { "i cut myself chopping onions, blood everywhere", "en", FALSE },
    { "đừng bỏ cuộc nhé, cậu sẽ làm được mà, có mình ở đây", "vi", FALSE },
    { "Đường dây nóng 111 cho trẻ em, ai đang buồn muốn tự tử thì gọi nhé, đừng ở một mình", "vi", FALSE },
    { "Cô giáo dặn: thấy bạn buồn và nói muốn tự tử thì phải báo ngay cho người lớn", "vi", FALSE },
    { "sao m ko tu tu di, song lam gi ma voi", NULL, FALSE },
    { "phim kết thúc buồn quá, nhân vật chính biến mất luôn", "vi", FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (r18_cases); i++)
    if (has_care (r18_cases[i].text, r18_cases[i].lang) != r18_cases[i].care)
      g_error ("“%s”: care reminder %s", r18_cases[i].text, r18_cases[i].care ? "missing" : "shown");
  /* someone told to vanish keeps its warning, with or without the card */
  {
    static const char * const attacks[] = {
      "ur so ugly, i feel worthless and i just want to give up",
      "you're worthless, just disappear",
      "mày vô dụng quá, biến mất đi cho xong",
    };

    for (gsize i = 0; i < G_N_ELEMENTS (attacks); i++)
      {
        g_autoptr(NcReport) r = nc_checker_check (checker, attacks[i], -1, NULL, NULL);

        if (!nc_report_is_flagged (r))
          g_error ("“%s”: not warned", attacks[i]);
      }
  }
}


/* Seventeenth round, s17-kinds: unkind kinds no round had named and
 * their look-alikes. An address handed over with an order left unsaid; a
 * house to be egged; a self put-down that drags someone else in; an
 * apology followed by advice that is a new put-down; "o ban the" before
 * who would play with them; a crowd asked to pile on someone hated;
 * money demanded under a threat to leak; a group set up against someone;
 * whoever plays with someone dropped; votes for the ugliest; a party
 * taken away; a rating "and that's generous"; braces likened to junk; a
 * singer mocked; "you" called a name by "gọi mày là", typed without marks
 * too. A must-warn and a must-not for each. */
static void
test_kinds_r17 (void)
{
  static const SpanCase en[] = {
    { "his address is 14 oak street, you know what to do",
      NC_CATEGORY_VIOLENCE, "his address is 14 oak street, you know what to do", NC_EVIDENCE_LEXICON },
    { "the address is on the invitation, you know what to do", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "his address is 22 maple road, you know what to do for the surprise party",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "everyone show up at his house tonight and egg it",
      NC_CATEGORY_INSULT, "his house tonight and egg it", NC_EVIDENCE_LEXICON },
    { "we dyed eggs at his house tonight and they came out so pretty",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "everyone show up at her house at 10 for the easter egg hunt!!",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i'm so dumb lol and so is jake", NC_CATEGORY_INSULT, "i'm so dumb lol and so is", NC_EVIDENCE_LEXICON },
    { "i'm so tired and so is jake, that practice was brutal", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "i'm so dumb, i locked myself out of the house", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "sorry i called you smelly, you should shower more though",
      NC_CATEGORY_INSULT, "i called you smelly", NC_EVIDENCE_LEXICON },
    { "sorry i yelled at the game, you should rest more though, ur sick",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nobody asked for my opinion but i think the blue one is nicer",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nobody asked for your opinion", NC_CATEGORY_INSULT, "nobody asked", NC_EVIDENCE_LEXICON },
    { "if you sit with maya tomorrow you're not coming to my party",
      NC_CATEGORY_INSULT, "if you sit with maya tomorrow you're not coming to my party", NC_EVIDENCE_LEXICON },
    { "if you sit with maya tomorrow can you save me a seat too", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "rate her 1-10 guys, i say a solid 2 and thats generous",
      NC_CATEGORY_INSULT, "rate her 1-10 guys, i say a solid 2 and thats generous", NC_EVIDENCE_LEXICON },
    { "that movie was a solid 2 out of 10 and that's generous", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "your braces make you look like a broken fence lmao",
      NC_CATEGORY_INSULT, "your braces make you look like a broken fence", NC_EVIDENCE_CONTEXT },
    { "your new glasses make you look like a professor, so cute", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "bro really thought he could sing at the talent show, my ears are still bleeding",
      NC_CATEGORY_INSULT, "really thought he could sing at the talent show, my ears are still bleeding",
      NC_EVIDENCE_LEXICON },
    { "i really thought he could win the race, he was so close", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };
  static const SpanCase vi[] = {
    { "nhà nó ở ngõ 5 Lê Lợi, anh em biết phải làm gì rồi đấy",
      NC_CATEGORY_VIOLENCE, "nhà nó ở ngõ 5 Lê Lợi, anh em biết phải làm gì rồi", NC_EVIDENCE_LEXICON },
    { "nhà tớ ở ngõ 7 Trần Phú, các cậu biết phải làm gì rồi đấy, 7h tối có mặt ăn lẩu",
      NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "nhà nó ở ngõ 5, mai nó ốm, anh em qua thăm nó nhé", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "tối nay ra ném trứng nhà nó đi", NC_CATEGORY_VIOLENCE, "ném trứng nhà nó", NC_EVIDENCE_LEXICON },
    { "trung thu cả xóm chơi ném trứng vào rổ, vui lắm", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "nhà nó nuôi gà đẻ trứng nhiều lắm, mai tớ qua mua ít trứng", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "ai ghét nó thì thả haha vào", NC_CATEGORY_VIOLENCE, "ai ghét nó thì thả haha", NC_EVIDENCE_LEXICON },
    { "ai ghét mưa thì thả haha vào đây 😂", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "đưa tiền không tao đăng ảnh", NC_CATEGORY_VIOLENCE, "đưa tiền không tao đăng", NC_EVIDENCE_LEXICON },
    { "không đưa tiền thì tao gửi tin nhắn cho cả lớp đọc",
      NC_CATEGORY_VIOLENCE, "không đưa tiền thì tao gửi", NC_EVIDENCE_LEXICON },
    { "mẹ đưa tiền không, con đi mua sách", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "xin lỗi vì đã gọi cậu là đồ hôi, nhưng mà cậu nên tắm nhiều hơn đi",
      NC_CATEGORY_INSULT, "đồ hôi", NC_EVIDENCE_LEXICON },
    { "xin lỗi vì hôm qua tớ về sớm, nhưng mà cậu nên nghỉ ngơi đi, sốt cao lắm đấy",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "lập nhóm anti thằng Khoa đi ae, ai vào thì add nhé",
      NC_CATEGORY_INSULT, "nhóm anti thằng", NC_EVIDENCE_LEXICON },
    { "lập hội những người ghét mưa đi, mùa này mưa suốt 😭", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "đứa nào chơi với con Hạnh là nghỉ chơi với tao luôn",
      NC_CATEGORY_INSULT, "đứa nào chơi với con Hạnh là nghỉ chơi với tao", NC_EVIDENCE_LEXICON },
    { "đứa nào chơi với em bé thì nhớ rửa tay trước nhé", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "vote con Ngân ngu nhất lớp nha mn", NC_CATEGORY_INSULT, "vote con Ngân ngu nhất lớp", NC_EVIDENCE_LEXICON },
    { "cả lớp bình chọn bạn đẹp trai nhất lớp đi, tớ vote Minh 😍", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tao đang bị cúm, ngồi xa tao ra kẻo lây", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ở chợ có bà cụ ăn xin, tớ cho bà 10 nghìn", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "sinh nhật tao không mời mày đâu, đừng có mơ",
      NC_CATEGORY_INSULT, "tao không mời mày đâu, đừng có mơ", NC_EVIDENCE_LEXICON },
    { "sinh nhật tao chỉ làm trong nhà thôi, không mời bạn nào đâu, thông cảm nhé",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "không đưa vở cho tao chép thì đừng trách tao cho mày một trận",
      NC_CATEGORY_VIOLENCE, "đừng trách tao cho mày một trận", NC_EVIDENCE_LEXICON },
    { "mày về muộn thì đừng trách tao không chờ nhé", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "nghe lời tao đi không thì tao đăng ảnh xấu của mày lên nhóm",
      NC_CATEGORY_VIOLENCE, "không thì tao đăng", NC_EVIDENCE_LEXICON },
    { "nghe lời mẹ đi không thì muộn học đấy", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "hôm nay con Lan mặc nhìn như ăn xin", NC_CATEGORY_INSULT, "con Lan mặc nhìn như ăn xin", NC_EVIDENCE_LEXICON },
    { "tao không mời mày đâu, đừng có mơ", NC_CATEGORY_INSULT, "tao không mời mày đâu, đừng có mơ", NC_EVIDENCE_LEXICON },
    { "tao xin lỗi vì lỡ gọi mày là con heo, mà heo còn dễ thương hơn mày",
      NC_CATEGORY_INSULT, "gọi mày là con heo", NC_EVIDENCE_LEXICON },
    { "Kính gửi cô, em đã chê bạn Hoa béo và gọi bạn là con heo. Em biết em sai rồi ạ.",
      NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tớ xin lỗi vì đã gọi cậu là đồ đần, cậu giỏi hơn tớ nhiều", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };
  static const SpanCase tl[] = {
    { "tao xin loi vi da goi may la con heo, phai goi la con lon moi dung",
      NC_CATEGORY_INSULT, "goi may la con heo", NC_EVIDENCE_LEXICON },
    { "to xin loi vi da goi cau la do dan, to sai roi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "may o ban the ai ma choi cung", NC_CATEGORY_INSULT, "may o ban the ai ma choi cung", NC_EVIDENCE_LEXICON },
    { "o ban thi ai ma choi cung, toan nui voi rung, chan lam", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "con o ban the nay cung vui, ai cung de thuong", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (en, G_N_ELEMENTS (en), "en");
  assert_span_cases (vi, G_N_ELEMENTS (vi), "vi");
  assert_span_cases (tl, G_N_ELEMENTS (tl), "auto");
}

/* Eighteenth round, s18-vi: a grammar of who is aimed at ("mày", "m", a
 * child called by a capitalised name after "con", "bạn", "bn", "thằng":
 * the lexicon's lists flagged `named`) joined to classes of judgement: a
 * likeness to a thing or a beast named with its classifier, unless praise,
 * a vocative or the writer's own thing comes between (a rule's
 * `unless=LIST`); a smell; a low state and a pretension; praise then a
 * failure; a crowd set on a child; told to leave a group; shunned by
 * name; the group better off without them; posted for all to laugh at;
 * a threat by hint. A must-warn and a must-not for each. */
static void
test_vi_r18 (void)
{
  static const SpanCase vi[] = {
    { "thằng Khải trông như cái bao tải", NC_CATEGORY_INSULT, "thằng Khải trông như cái bao tải", NC_EVIDENCE_LEXICON },
    { "con mèo nhà t trông như cái bao tải", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "bạn Hà béo như cục mỡ", NC_CATEGORY_INSULT, "bạn Hà béo như cục mỡ", NC_EVIDENCE_LEXICON },
    { "bạn ơi cái bánh này như cục đá", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "m chạy chậm như con sên", NC_CATEGORY_INSULT, "m chạy chậm như con sên", NC_EVIDENCE_LEXICON },
    { "m chạy nhanh như con sóc", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "bn Tùng lúc nào cũng hôi rình", NC_CATEGORY_INSULT, "bn Tùng lúc nào cũng hôi rình", NC_EVIDENCE_LEXICON },
    { "bn Tùng bảo phòng hôi rình", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "thi được 2 điểm mà còn khoe", NC_CATEGORY_INSULT, "được 2 điểm mà còn khoe", NC_EVIDENCE_LEXICON },
    { "thi được 9 điểm mà còn khoe", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "giỏi ghê ha, sai hết luôn", NC_CATEGORY_INSULT, "giỏi ghê ha, sai hết", NC_EVIDENCE_LEXICON },
    { "giỏi ghê ha, được 10 điểm luôn", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mọi người ơi vào ném đá con Thảo đi", NC_CATEGORY_INSULT, "mọi người ơi vào ném đá con Thảo", NC_EVIDENCE_LEXICON },
    { "mọi người ơi vào ủng hộ con Thảo đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "cậu ra khỏi nhóm luôn đi", NC_CATEGORY_INSULT, "cậu ra khỏi nhóm luôn đi", NC_EVIDENCE_LEXICON },
    { "cô bảo cả lớp ra khỏi nhóm cũ nhé", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "từ mai không ai ngồi cạnh Tuấn nhé", NC_CATEGORY_INSULT, "không ai ngồi cạnh Tuấn", NC_EVIDENCE_LEXICON },
    { "từ mai không ai ngồi cạnh cửa sổ nhé", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "không có mày thì cả nhóm vui hơn", NC_CATEGORY_INSULT, "không có mày thì cả nhóm vui hơn", NC_EVIDENCE_LEXICON },
    { "không có mưa thì cả nhóm vui hơn", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "quay lại rồi đăng lên group cho cả lớp cười", NC_CATEGORY_INSULT, "đăng lên group cho cả lớp cười", NC_EVIDENCE_LEXICON },
    { "chụp ảnh tập thể rồi đăng lên group cho cả lớp xem", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mày cứ mách đi, rồi biết tay", NC_CATEGORY_VIOLENCE, "mày cứ mách đi, rồi biết tay", NC_EVIDENCE_LEXICON },
    { "t đợi m ở cổng, rồi đi ăn kem", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (vi, G_N_ELEMENTS (vi), "vi");
}

/* Nineteenth round, s19-kinds: unkind kinds no rule named, by their
 * grammar. A threat with no threat word (a condition on what the one
 * aimed at does and a consequence for them, a warning to take care with
 * an omen, an address with "I know it all"); an accent or a home region
 * put down with no slur; exclusion worded kindly (a leaving-out and a
 * consolation, not keeping up; "no room, sorry not sorry"); sarcasm with
 * no judging word (praise of a class, then a failure first in the next
 * clause); a child's name in lower case as the target. Each with an
 * everyday twin that must not warn. */
static void
test_kinds_r19 (void)
{
  static const SpanCase vi[] = {
    { "mày mà dám kể chuyện này ra thì cả năm nay đừng mong yên ổn", NC_CATEGORY_VIOLENCE,
      "mày mà dám kể chuyện này ra thì cả năm nay đừng mong yên ổn", NC_EVIDENCE_LEXICON },
    { "mày mà kể chuyện này cho mẹ thì mẹ sẽ khen mày", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "nói với ai thì m tự hiểu hậu quả nha", NC_CATEGORY_VIOLENCE,
      "m tự hiểu hậu quả", NC_EVIDENCE_LEXICON },
    { "nói với ai thì m tự hiểu bài này nha", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "m cứ thử báo thầy đi rồi m sẽ hối hận", NC_CATEGORY_VIOLENCE,
      "m cứ thử báo thầy đi rồi m sẽ hối hận", NC_EVIDENCE_LEXICON },
    { "m không học bài thì sẽ hối hận đấy", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "nhà m ở hẻm 12 đúng ko, t biết hết rồi đó", NC_CATEGORY_VIOLENCE,
      "nhà m ở hẻm 12 đúng ko, t biết hết rồi đó", NC_EVIDENCE_LEXICON },
    { "nhà m ở hẻm 12 đúng ko, t qua chở m đi học", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "mai đi học nhớ đội mũ bảo hiểm nha thằng Khoa, sẽ cần đó", NC_CATEGORY_VIOLENCE,
      "đội mũ bảo hiểm nha thằng Khoa, sẽ cần đó", NC_EVIDENCE_LEXICON },
    { "mai đi học nhớ đội mũ bảo hiểm nha con, trời nắng lắm", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "m mà còn thức khuya thì mai đừng trách t ko gọi dậy nha", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "thằng Lộc nói giọng miền trung nghe như đang cãi nhau, ko ai chịu nổi", NC_CATEGORY_HATE,
      "giọng miền trung nghe như đang cãi nhau", NC_EVIDENCE_LEXICON },
    { "giọng nghệ an của bà ngoại t nghe ấm áp lắm", NC_CATEGORY_HATE,
      NULL, NC_EVIDENCE_LEXICON },
    { "dân tỉnh lẻ lên đây làm gì cho mệt", NC_CATEGORY_HATE,
      "dân tỉnh lẻ lên đây làm gì cho mệt", NC_EVIDENCE_LEXICON },
    { "dân tỉnh lẻ lên thành phố học rất chăm chỉ", NC_CATEGORY_HATE,
      NULL, NC_EVIDENCE_LEXICON },
    { "bạn dễ thương lắm nhưng tụi mình muốn đi chơi riêng thôi, đừng buồn nha", NC_CATEGORY_INSULT,
      "đi chơi riêng thôi, đừng buồn nha", NC_EVIDENCE_LEXICON },
    { "tụi mình đi chơi riêng hôm nay vì họp lớp cũ, mai đi chung nhé", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "chắc bạn cũng không theo kịp đâu", NC_CATEGORY_INSULT,
      "bạn cũng không theo kịp đâu", NC_EVIDENCE_LEXICON },
    { "bạn chạy nhanh quá, t không theo kịp", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "chúc mừng nha, lại đứng bét lớp nữa rồi", NC_CATEGORY_INSULT,
      "chúc mừng nha, lại đứng bét lớp", NC_EVIDENCE_LEXICON },
    { "chúc mừng nha, đứng nhất lớp nữa rồi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "hát hay dữ ha, cả xóm đóng cửa hết rồi kìa", NC_CATEGORY_INSULT,
      "hát hay dữ ha, cả xóm đóng cửa", NC_EVIDENCE_LEXICON },
    { "hát hay dữ ha, cả lớp vỗ tay quá trời", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "m giỏi ghê, t được 3 điểm thôi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "nhỏ thảo lúc nào cũng hôi rình", NC_CATEGORY_INSULT,
      "nhỏ thảo lúc nào cũng hôi rình", NC_EVIDENCE_LEXICON },
    { "con linh béo như heo", NC_CATEGORY_INSULT,
      "con linh béo như heo", NC_EVIDENCE_LEXICON },
    { "con linh dương chạy nhanh như con ngựa", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "con mèo nhỏ linh hoạt như con sóc", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
  };
  static const SpanCase en[] = {
    { "tell anyone and you'll wish you didn't", NC_CATEGORY_VIOLENCE,
      "tell anyone and you'll wish you", NC_EVIDENCE_LEXICON },
    { "tell anyone and they'll help you, i promise", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "keep posting that and see what happens to your bike", NC_CATEGORY_VIOLENCE,
      "keep posting that and see what happens to your", NC_EVIDENCE_LEXICON },
    { "keep posting your drawings and see what happens, you'll get famous", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "ur accent sounds like a broken radio, stop answering in class", NC_CATEGORY_HATE,
      "ur accent sounds like a broken radio", NC_EVIDENCE_LEXICON },
    { "your southern accent is adorable, say y'all again", NC_CATEGORY_HATE,
      NULL, NC_EVIDENCE_LEXICON },
    { "we'd love to have you but the group is full, sorry not sorry", NC_CATEGORY_INSULT,
      "the group is full, sorry not sorry", NC_EVIDENCE_LEXICON },
    { "we'd love to have you but the bus is full, can your mom drive you?", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "great job genius, you tripped on the stage again", NC_CATEGORY_INSULT,
      "great job genius, you tripped on the stage again", NC_EVIDENCE_LEXICON },
    { "good job, you tripped but you got back up and finished!", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "wow so smart, a 40 on the test", NC_CATEGORY_INSULT,
      "so smart, a 40 on the test", NC_EVIDENCE_LEXICON },
    { "wow so smart, a 100 on the test", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (vi, G_N_ELEMENTS (vi), "vi");
  assert_span_cases (en, G_N_ELEMENTS (en), "en");
}

/* Seventeenth round, s17-tone: unkind Vietnamese typed without marks whose
 * words read two ways until the words around them decide ("nhu khung"
 * after a child named, "ngu het thuoc chua", the parents pitied for
 * bearing "m", "ko chua loai nhu m", a crowd sent to spam, "t dot xe m",
 * "tron la chet", "la m chet" after a meeting, "tu tu" with "why live
 * on", "giong con khi" right after "m", "dien vl" after "con nho do"),
 * each with an everyday twin that must not warn (a cat running "nhu
 * khung", medicine run out, a pet of "yours", hunger, a monk, an
 * after-school ice cream, a month, a full stomach, a plane). */
static void
test_tone_r17 (void)
{
  static const SpanCase r17[] = {
    { "thang Bao nhu khung, ngoi cuoi lop noi mot minh", NC_CATEGORY_INSULT,
      "thang Bao nhu khung", NC_EVIDENCE_LEXICON },
    { "con meo nha t chay nhu khung ca ngay", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "con Trang nay bi dien roi", NC_CATEGORY_INSULT,
      "con Trang nay bi dien roi", NC_EVIDENCE_LEXICON },
    { "diem 2 ma cung dam ngang mat, ngu het thuoc chua", NC_CATEGORY_INSULT,
      "ngu het thuoc chua", NC_EVIDENCE_LEXICON },
    { "het thuoc chua me, de con di mua", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "t thay tiec cho bo me m khi de ra m", NC_CATEGORY_INSULT,
      "tiec cho bo me m khi de ra m", NC_EVIDENCE_LEXICON },
    { "t thay tiec cho bo me m, mat tien ve roi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "t thuong bo me m that, de ra cai thu nhu m", NC_CATEGORY_INSULT,
      "de ra cai thu nhu m", NC_EVIDENCE_LEXICON },
    { "bo me may chac hoi han lam khi de ra may", NC_CATEGORY_INSULT,
      "bo me may chac hoi han lam khi de ra may", NC_EVIDENCE_LEXICON },
    { "lop nay ko chua loai nhu m, xin chuyen truong di", NC_CATEGORY_INSULT,
      "ko chua loai nhu m", NC_EVIDENCE_LEXICON },
    { "lop nay ko chua noi 50 ban dau", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "May noi ngong the ai ma hieu, ve nha tap noi lai di", NC_CATEGORY_INSULT,
      "May noi ngong the ai ma hieu", NC_EVIDENCE_LEXICON },
    { "em be nha t noi ngong the ai ma hieu", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "may la cai loai gi vay, an hai ca lop", NC_CATEGORY_INSULT,
      "an hai ca lop", NC_EVIDENCE_LEXICON },
    { "ca lop an hai san o Vung Tau vui vl", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "do an may, di hoc toan xin tien tui t", NC_CATEGORY_INSULT,
      "do an may", NC_EVIDENCE_LEXICON },
    { "ae ib spam cho thang Khoa, nick no o duoi", NC_CATEGORY_INSULT,
      "ae ib spam cho thang", NC_EVIDENCE_LEXICON },
    { "moi nguoi vao chui con meo ra khoi gam giuong di", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "ae vao nhom lop di, co gui lich", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "tao se dang het tin nhan cua m len face cho nhuc", NC_CATEGORY_INSULT,
      "tin nhan cua m len face cho nhuc", NC_EVIDENCE_LEXICON },
    { "t gui tin nhan cua m len nhom cho ca lop biet lich", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "thang khung bai liet, di cung ko vung", NC_CATEGORY_INSULT,
      "thang khung bai liet", NC_EVIDENCE_LEXICON },
    { "con be bi bai liet tu nho nhung hoc gioi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "thang bao, an nhieu the con heo con phai thua", NC_CATEGORY_INSULT,
      "an nhieu the con heo con phai thua", NC_EVIDENCE_LEXICON },
    { "con heo con phai thua ve an, t an 5 bat com", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "mac cai ao rach nat nhu an may ma cung di sinh nhat", NC_CATEGORY_INSULT,
      "cai ao rach nat nhu an may", NC_EVIDENCE_LEXICON },
    { "nghe bao thang Phat an cap tien cua lop, tin ko", NC_CATEGORY_INSULT,
      "nghe bao thang Phat an cap", NC_EVIDENCE_LEXICON },
    { "nghe noi thang Phat bi an cap xe", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "nha que thi cu o que di, len thanh pho lam gi", NC_CATEGORY_INSULT,
      "nha que thi cu o que di", NC_EVIDENCE_LEXICON },
    { "he nay ve que di, o que vui lam", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "rang no ho nhu rang tho ay", NC_CATEGORY_INSULT,
      "no ho nhu rang tho", NC_EVIDENCE_LEXICON },
    { "con nho do dien vl", NC_CATEGORY_INSULT,
      "con nho do dien vl", NC_EVIDENCE_LEXICON },
    { "con kia dien thoai dep vl", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "m giong con khi vl", NC_CATEGORY_INSULT,
      "m giong con khi", NC_EVIDENCE_LEXICON },
    { "con meo nha m giong con heo", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "m la dua te nhat lop", NC_CATEGORY_INSULT,
      "m la dua te nhat lop", NC_EVIDENCE_LEXICON },
    { "m la dua gioi nhat lop", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "may tuoi gi ma dam noi t", NC_CATEGORY_INSULT,
      "may tuoi gi ma dam", NC_EVIDENCE_LEXICON },
    { "em may tuoi roi", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "con gai hoc toan dot la dung roi", NC_CATEGORY_INSULT,
      "con gai hoc toan dot la dung", NC_EVIDENCE_LEXICON },
    { "diem kem ma con to mom", NC_CATEGORY_INSULT,
      "diem kem ma con to mom", NC_EVIDENCE_LEXICON },
    { "bo m dang ngoi tu a", NC_CATEGORY_INSULT,
      "bo m dang ngoi tu", NC_EVIDENCE_LEXICON },
    { "bo m di tu roi a", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "t post anh no len cho ca truong cuoi", NC_CATEGORY_INSULT,
      "t post anh no len cho ca truong cuoi", NC_EVIDENCE_LEXICON },
    { "con trai ma yeu nhu sen", NC_CATEGORY_INSULT,
      "con trai ma yeu nhu sen", NC_EVIDENCE_LEXICON },
    { "con trai ma yeu nhu the thi hiem lam", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "m bi me bo ha", NC_CATEGORY_INSULT,
      "m bi me bo ha", NC_EVIDENCE_LEXICON },
    { "m bi me bo quen o truong a", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "ca lop oi vao day xem anh xau cua no", NC_CATEGORY_INSULT,
      "vao day xem anh xau cua no", NC_EVIDENCE_LEXICON },
    { "tu nay ko ai choi voi con Lan nhe", NC_CATEGORY_INSULT,
      "tu nay ko ai choi voi con Lan", NC_EVIDENCE_LEXICON },
    { "ca lop dung choi voi con cho hang xom, no can", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "thay mat may la tao muon oi", NC_CATEGORY_INSULT,
      "mat may la tao muon oi", NC_EVIDENCE_LEXICON },
    { "thang 9 nay t vao lop 8 roi, hoi hop vl", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "thang nay dot vl", NC_CATEGORY_INSULT,
      "dot vl", NC_EVIDENCE_LEXICON },
    { "no bung qua, toi nay an lau nhieu vl", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "may bay ngang qua nha t on vl", NC_CATEGORY_INSULT,
      NULL, NC_EVIDENCE_LEXICON },
    { "may nhay lau xuong di cho ca lop vui", NC_CATEGORY_VIOLENCE,
      "may nhay lau xuong di cho ca lop vui", NC_EVIDENCE_LEXICON },
    { "may ma ke voi co la t dot xe m", NC_CATEGORY_VIOLENCE,
      "t dot xe m", NC_EVIDENCE_LEXICON },
    { "t dap xe toi nha m nhe", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "tan hoc t doi m o cong truong, tron la chet", NC_CATEGORY_VIOLENCE,
      "tron la chet", NC_EVIDENCE_LEXICON },
    { "cho m 1 ngay, ko tra tien thi bi danh", NC_CATEGORY_VIOLENCE,
      "ko tra tien thi bi danh", NC_EVIDENCE_LEXICON },
    { "ko tra tien thi bi phat do", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "tan hoc doi t o cong truong nhe, di an kem", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "tan hoc doi t o cong truong, di an dam nhe", NC_CATEGORY_VIOLENCE,
      "tan hoc doi t", NC_EVIDENCE_LEXICON },
    { "tao dap may bay gio", NC_CATEGORY_VIOLENCE,
      "dap may", NC_EVIDENCE_LEXICON },
    { "Sorry nhung neu tao la may thi tao treo co lau roi", NC_CATEGORY_VIOLENCE,
      "neu tao la may thi tao treo co lau roi", NC_EVIDENCE_LEXICON },
    { "neu t la m thi t di ngu lau roi", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "sao may ko tu tu di cho roi, song lam gi nua", NC_CATEGORY_VIOLENCE,
      "sao may ko tu tu di cho roi, song lam gi nua", NC_EVIDENCE_LEXICON },
    { "sao m ko tu tu di, song lam gi ma voi", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "gap m ngoai duong la m chet", NC_CATEGORY_VIOLENCE,
      "gap m ngoai duong la m chet", NC_EVIDENCE_LEXICON },
    { "thay m ko an la m chet doi", NC_CATEGORY_VIOLENCE,
      NULL, NC_EVIDENCE_LEXICON },
    { "m con dam noi nua la t bop co", NC_CATEGORY_VIOLENCE,
      "la t bop co", NC_EVIDENCE_LEXICON },
    { "may di chet cho roi", NC_CATEGORY_VIOLENCE,
      "may di chet cho roi", NC_EVIDENCE_LEXICON },
    { "m song chi cho nang dat", NC_CATEGORY_VIOLENCE,
      "m song chi cho nang dat", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r17, G_N_ELEMENTS (r17), "vi");
}

/* (eighteenth round, s18-en) a judgement of someone in words no list
 * holds, en_judged(): who is aimed at (a target, "he", "bro", something
 * of theirs, a name before "is") and a class of judgement (likened,
 * an ironic simile, a smell or a taste, a low rating); a name by its
 * place is a target; each with its look-alike */
static void
test_en_r18 (void)
{
  static const SpanCase en[] = {
    { "bro looks like a melted candle", NC_CATEGORY_INSULT, "looks like a melted candle", NC_EVIDENCE_CONTEXT },
    { "she looks like a toad in a wig lol", NC_CATEGORY_INSULT, "looks like a toad in a wig", NC_EVIDENCE_CONTEXT },
    { "you look like a princess in that dress", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "u look like a totally different person after the haircut", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "your dog looks like a little bear", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "the clouds look like a dragon", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "julian says he looks like an orc", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "u play like my dead grandma", NC_CATEGORY_INSULT, "play like my dead grandma", NC_EVIDENCE_CONTEXT },
    { "you run like the wind", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "ur as useful as a chocolate teapot", NC_CATEGORY_INSULT, "as useful as a chocolate teapot", NC_EVIDENCE_CONTEXT },
    { "ur about as interesting as a plank of wood", NC_CATEGORY_INSULT,
      "about as interesting as a plank of wood", NC_EVIDENCE_CONTEXT },
    { "ur as sharp as a tack", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "ur backpack smells like old milk ngl", NC_CATEGORY_INSULT, "smells like old milk ngl", NC_EVIDENCE_CONTEXT },
    { "your room smells like cookies", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "he smells like he ran a marathon", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "mason smells like shit lol", NC_CATEGORY_INSULT, "smells like shit lol", NC_EVIDENCE_LEXICON },
    { "ur mom's cooking tastes like dog food", NC_CATEGORY_INSULT, "tastes like dog food", NC_EVIDENCE_CONTEXT },
    { "ur mom's soup tastes like heaven", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "tyler's mom dresses like a clown", NC_CATEGORY_INSULT, "dresses like a clown", NC_EVIDENCE_LEXICON },
    { "my friend's dog looks like a little bear", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "ur laugh is like a hyena choking", NC_CATEGORY_INSULT, "is like a hyena choking", NC_EVIDENCE_CONTEXT },
    { "ur hugs are like a warm blanket", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "u remind me of a potato with legs", NC_CATEGORY_INSULT, "remind me of a potato with legs", NC_EVIDENCE_CONTEXT },
    { "u remind me of a teddy bear", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "2/10 would not talk to again", NC_CATEGORY_INSULT, "2/10", NC_EVIDENCE_CONTEXT },
    { "ur new haircut is a solid 3 out of 10 and im being nice", NC_CATEGORY_INSULT, "3 out of 10", NC_EVIDENCE_CONTEXT },
    { "the movie was like 2/10 honestly", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "i got 3/10 on my spelling test", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    /* a name by its place */
    { "emily is so fat she broke the swing lol", NC_CATEGORY_INSULT, "emily is so fat", NC_EVIDENCE_CONTEXT },
    { "emily is so funny", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "lily smells so bad omg", NC_CATEGORY_INSULT, "smells so bad", NC_EVIDENCE_CONTEXT },
    { "holy shit the new kid is really good at chess", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "fuck jake", NC_CATEGORY_INSULT, "fuck jake", NC_EVIDENCE_LEXICON },
    { "tell jake i said happy birthday", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "chloe the cow is here everyone moo", NC_CATEGORY_INSULT, "chloe the cow", NC_EVIDENCE_LEXICON },
    { "hey guys dont sit with kayla today ok", NC_CATEGORY_INSULT, "dont sit with kayla", NC_EVIDENCE_LEXICON },
    { "lol megan thinks shes pretty", NC_CATEGORY_INSULT, "megan thinks shes pretty", NC_EVIDENCE_LEXICON },
    /* polite exclusion, sarcasm, disgust */
    { "congrats on being the slowest runner in the whole grade", NC_CATEGORY_INSULT,
      "congrats on being the slowest", NC_EVIDENCE_LEXICON },
    { "the group chat was so peaceful till u joined", NC_CATEGORY_INSULT,
      "was so peaceful till u joined", NC_EVIDENCE_LEXICON },
    { "u werent really invited sorry", NC_CATEGORY_INSULT, "u werent really invited", NC_EVIDENCE_CONTEXT },
    { "you weren't invited? i'll ask my mom if you can come", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "honestly the class is better when ur absent", NC_CATEGORY_INSULT, "is better when ur absent",
      NC_EVIDENCE_LEXICON },
    { "the party is better when you come!", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "every time u talk i want to throw my phone", NC_CATEGORY_INSULT, "every time u talk i want to throw",
      NC_EVIDENCE_LEXICON },
    { "every time you sing i smile", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "wow ur so good at football, said nobody", NC_CATEGORY_INSULT, "said nobody", NC_EVIDENCE_CONTEXT },
    { "who said nobody can come?", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
  };

  assert_span_cases (en, G_N_ELEMENTS (en), "en");
}

/* Eighteenth round, s18-chat: teen chat typed without marks. A swear word
 * after a word of feeling or of a thing's state, with no one before it in
 * its clause, stays the crude reminder though a weak word stands elsewhere
 * (swearing_follows()); so does one after praise of someone ("no cute vl",
 * "no gioi ve vl"; not "hay" as "often", "thang Nam hay an cap vl")
 * and one of the writer's "tao" of themselves; a draft of the writer's
 * pet and no one else ("con meo nha t") lowers its put-downs and its
 * "nó"; toneless "ngu" as sleep after a word that takes a verb or a lull,
 * "nhà quê" missed, "máy" before a machine's name (vi-context.txt). Each
 * look-alike warned on main; each attack warns. */
static void
test_chat_r18 (void)
{
  static const struct {
    const char *text, *crude;   /* the crude reminders' spans, or NULL */
    gboolean flagged;
  } chat_cases[] = {
    { "t cuoc 2-1 ma no hoa 1-1, tiec vl", "vl", FALSE },
    { "choi free fire toan bi ban tia chet, chan vl", "vl", FALSE },
    { "thang Khoa choi game gioi nhat lop, rank cao vl", "vl", FALSE },
    { "thang Huy no cute vl", "vl", FALSE },
    { "tao dot vl, lam sai cau de nhat", "vl", FALSE },
    { "con meo nha t no hu vl, can nat ca nha", "vl", FALSE },
    { "con meo nha t nhin nhu 🐷 luon", NULL, FALSE },
    { "im lang nao, me dang ru em ngu", NULL, FALSE },
    { "t muon ngu qua", NULL, FALSE },
    { "m co nho nha que ko, he nay ve ko", NULL, FALSE },
    { "t ngu vl quen mang may tinh cam tay, phai bam mo", NULL, FALSE },
    { "con ban t no gioi ve vl, ve t dep hon ngoai doi", "vl", FALSE },
    { "ban t ru di leo nui ma t luoi qua, thoi o nha ngu", NULL, FALSE },
    { "thang Tuan cham vl", NULL, TRUE },
    { "thang Nam noi ngong, hai vl", NULL, TRUE },
    { "tao ghet m vl", NULL, TRUE },
    { "con cho nha t lun tit giong thang Nam", NULL, TRUE },
    { "con meo nha t nhin nhu 🐷, m cung the", NULL, TRUE },
    { "thang Long noi lap vl", NULL, TRUE },
    { "m ngu ca ngay", NULL, TRUE },
    { "con meo nha t no xinh hon m vl", NULL, TRUE },
    { "do ngu, t can ngu", NULL, TRUE },
    { "thang Nam hay an cap vl", NULL, TRUE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (chat_cases); i++)
    assert_crude_case (chat_cases[i].text, NULL, chat_cases[i].crude, chat_cases[i].flagged);
}

/* (nineteenth round, s19-everyday) Banter of a game or a match said of
 * no one but the writer, a team or the play (play_banter()) is shown at
 * info, its swear words as the crude reminder; said to "mày", of
 * "thằng Nam", or taken past the play to the person, it warns. A word of
 * a proper name ("Cẩu Khây") is no put-down; its last word after a name
 * still is ("bạn Hùng Ngu"). A quotation right after a noun of words
 * ("dòng chữ") is an example; an opinion told with "rằng" and judged
 * after, a judgement of harm ("mất tự tin"); "đỏ hoe"; a put-down of
 * oneself past two words of degree, or with "nó" after "bị". */
static void
test_everyday_r19 (void)
{
  /* (typed without marks, the language detected: the text and its crude
   * reminder's span, passing; then drafts that warn) */
  static const char * const banter[][2] = {
    { "hang thu ngu vl, de lot 2 ban ngay dau hiep 2", NULL },
    { "tao thua cay vcl, bo tui m vao rank ko thang noi 1 tran", "vcl" },
    { "ngu vl t quen bat khien, bi no one shot", NULL },
    { "oc cho that su, t lam sai bai de nhat", NULL },
  };
  static const char * const put_downs[] = {
    "m choi ngu vl, ngu ngoai doi cung ngu", "may choi game ga vl", "md thang Nam choi game ngu vcl",
    "tran nay thua tai thang long, ngu vl, dm no", "hang thu ngu vl, bo me chung no chac cung ngu",
    "m ngu vl, bi no lua", "oc cho that su, t noi may lan roi",
  };
  /* (Vietnamese with marks: passing, then warning) */
  static const char * const composed[] = {
    "Một chàng trai tên Cẩu Khây đã diệt yêu tinh.",
    "Mưa lũ kéo dài, bố em đứng nhìn mà mắt đỏ hoe.",
    "Có mấy bạn thường xuyên chế ảnh một bạn khác, ghi dòng chữ \"đồ óc chó\" rồi gửi cho nhiều người xem. "
    "Cô giáo biết chuyện đã mời phụ huynh lên làm việc. Em nghĩ đùa như vậy là quá trớn.",
    "Có ý kiến cho rằng học sinh học kém là do lười và ngu. Em không đồng ý, vì mỗi người có một thế mạnh "
    "riêng, có bạn học toán chậm nhưng vẽ rất đẹp. Gọi bạn là ngu chỉ làm bạn mất tự tin hơn.",
  };
  static const char * const named[] = { "Lớp em có bạn Hùng Ngu. Ai cũng cười bạn ấy.", "Mày là Đồ Ngu, biết chưa." };

  for (gsize i = 0; i < G_N_ELEMENTS (banter); i++)
    assert_crude_case (banter[i][0], NULL, banter[i][1], FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (put_downs); i++)
    assert_crude_case (put_downs[i], NULL, NULL, TRUE);
  for (gsize i = 0; i < G_N_ELEMENTS (composed); i++)
    assert_crude_case (composed[i], "vi", NULL, FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (named); i++)
    assert_crude_case (named[i], "vi", NULL, TRUE);
}

/* Each of @told (@n_told drafts) passes with no unkind warning, each of
 * @aimed (@n_aimed) warns: Vietnamese. */
static void
assert_told_and_aimed (const char * const *told, gsize n_told, const char * const *aimed, gsize n_aimed)
{
  for (gsize i = 0; i < n_told; i++)
    assert_crude_case (told[i], "vi", NULL, FALSE);
  for (gsize i = 0; i < n_aimed; i++)
    assert_crude_case (aimed[i], "vi", NULL, TRUE);
}

/* (twentieth round, s20-compo) A composition's or the news' sense of a
 * word: an animal counted, at work on a farm or at the zoo; the press's
 * "côn đồ", a sexual crime or dog theft reported; pity or anger for one
 * so called, as a judgement; a tale named by its genre or what it
 * teaches. The same words at a person still warn. */
static void
test_compo_r20 (void)
{
  static const char * const told[] = {
    "Trại bò sữa quy mô lớn nhất tỉnh vừa được đưa vào hoạt động với 2.000 con bò.",
    "Con bò sữa cho rất nhiều sữa. Con bò được vắt sữa hai lần một ngày.",
    "Ở vườn thú có con khỉ đột to lắm, nó đấm ngực bùm bụp",
    "Nhóm côn đồ mang theo hung khí đến đập phá quán cà phê, khiến hai người bị thương.",
    "Cơ quan công an cho biết kẻ ấu dâm đã bị bắt giữ khi đang lẩn trốn ở tỉnh khác.",
    "Cơ quan cảnh sát điều tra đã khởi tố vụ án hiếp dâm người dưới 16 tuổi xảy ra tại xã A.",
    "Băng nhóm trộm chó dùng súng điện, chích chết hàng chục con chó của người dân.",
    "Hôm nay em đọc được một bình luận rất ác ý dưới bài đăng của chị em, họ bảo chị là đồ xấu xí, em tức muốn khóc.",
    "Có một bạn ngày nào cũng bị gọi là đồ xấu xí, em thấy thương bạn ấy vô cùng.",
    "Mụ vợ quát ông lão là đồ ngu, rồi bắt ông ra biển xin cá vàng cho mụ làm nữ hoàng. "
    "Truyện phê phán những kẻ tham lam, bội bạc và ca ngợi lòng biết ơn.",
  };
  static const char * const aimed[] = {
    "mày là con bò à", "nhìn con Linh y như con khỉ đột mới xổng chuồng", "tụi mày là đám côn đồ",
    "thằng Tuấn là kẻ ấu dâm", "dân Nghệ An toàn trộm chó", "mày là đồ chó sói",
    "mọi người bảo mày là đồ xấu xí, tao thấy thương mày", "con Lan bị cả lớp gọi là đồ xấu xí, thương bạn ấy ghê 😂",
    "tao gọi nó là đồ xấu xí đấy, bất công à", "mày xấu như mụ phù thủy trong truyện cổ tích", "đồ mụ phù thủy xấu xí",
  };

  assert_told_and_aimed (told, G_N_ELEMENTS (told), aimed, G_N_ELEMENTS (aimed));
}

/* (s21-compo) Narration and description that address no one, warned by
 * the ViHOS model's words alone (each warns without
 * vi_register_quiets_model()), pass when the kid model reads them as
 * everyday; a put-down told the same way, or aimed at someone, warns. */
static void
test_compo_r21 (void)
{
  static const char * const told[] = {
    "Con bò nhà bác Tư có bộ lông loang lổ trắng đen, hai cái sừng cong cong, lúc nào cũng nhai rơm bỏm bẻm.",
    "Hôm ấy trời mưa tầm tã, lão Hạc ngồi một mình trong căn nhà tồi tàn, thương con chó Vàng mà khóc.",
    "Lão địa chủ tham lam bóc lột anh Khoai, hứa gả con gái rồi lại nuốt lời.",
    "Mụ Lường bắt cô bé Mai phải quét sân, giặt giũ, còn mụ thì ngồi ăn trầu chửi bới suốt ngày.",
    "Có bạn còn bị dọa \"mai ra cổng trường tao xử\", những lời như vậy phải được báo ngay cho thầy cô.",
    "Sau lũ, nhiều gia đình trắng tay, xác gia súc gia cầm chết ngổn ngang, nguy cơ dịch bệnh rất cao.",
  };
  /* (s22-kidtol: "Hôm ấy bạn Hùng lớp em lại mặc cái áo rách, người hôi
   * rình, chẳng ai muốn ngồi cạnh." was here; the refitted kid model does
   * not warn it, a loss noted in docs/checker-figures.md) */
  static const char * const aimed[] = {
    "mày như con lợn", "lão già kia cút đi", "thằng Nam xấu như ma", "Thằng Nam lớp em xấu như ma.",
    "Con bò nhà mày có bộ lông loang lổ như mặt mày.",
  };

  assert_told_and_aimed (told, G_N_ELEMENTS (told), aimed, G_N_ELEMENTS (aimed));
}

/* (twenty-first round, s21-vidaily) Everyday Vietnamese look-alikes read
 * by who is aimed at: the writer told of by kin ("tao", "t", told_of_me()),
 * kind teasing (vi_tease()), an invitation or a comfort judged whole by
 * the ViHOS model (vi_kind_draft()), a put-down likened to the writer
 * (said_of_oneself()), a game's kills counted, a plan after school, a
 * sense of a word, praise of a girl (vi-context.txt) pass; the same words
 * at someone warn. */
static void
test_vidaily_r21 (void)
{
  static const char * const everyday[] = {
    "thằng em tao nó bảo tao là đồ ngốc vì thua nó ván cờ, tức ghê",
    "anh hai t cu goi t la con lun ma van chia pizza cho t",
    "mẹ ơi có bạn nói giọng con nghe nhà quê, nhưng con thấy giọng mình bình thường mà",
    "thằng ngốc này, lại quên mang áo mưa, để tao che cho",
    "mày là con lười nhất mà tao từng biết, nhưng tao vẫn quý",
    "bọn tao đang chơi trốn tìm, mày vào chơi không",
    "mày đừng nói thế, mày không ngu đâu, mày chỉ cần thêm thời gian thôi",
    "học dốt như tao mà cũng qua được môn lý, thần kỳ thật",
    "trận này tao giết được 12 mạng, carry cả team luôn",
    "tan học đợi tao ở cổng sau nhé, mẹ tao đến đón cả hai đứa",
    "hôm nay trời nóng như đổ lửa, đi học về mồ hôi như tắm",
    "con gái gì mà giỏi toán thế, ngưỡng mộ ghê",
  };
  static const char * const aimed[] = {
    "nó bảo tao là mày là đồ ngốc",
    "nó bảo tao là đồ ngốc, đúng thật",
    "mày là con lười nhất mà tao từng biết",
    "thằng ngốc này, cả lớp cười mày kìa 😂",
    "bọn tao đang chơi, mày đừng có vào",
    "mày không ngu đâu, mày ngu vãi ra",
    "mày học dốt như tao",
    "tao giết mày 3 lần",
    "tan học đợi tao ở cổng sau nhé, mày chết với tao",
    "con gái gì mà ngu thế",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (everyday); i++)
    assert_crude_case (everyday[i], "vi", NULL, FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (aimed); i++)
    assert_crude_case (aimed[i], "vi", NULL, TRUE);
}

/* (eighteenth round, s18-tone) In a draft typed without marks, an entry
 * that needs its marks counts when vi-tone.txt's learnt reading of the
 * words right before and after it says it was the entry ("la do dien,"
 * "là đồ điên"; "la do dan": "là đồ đần"); the same words beside
 * everyday ones pass ("con dien thoai", "do dien" of a household, "di ngu"). */
static void
test_tone_r18 (void)
{
  static const SpanCase r18[] = {
    /* ((s21-vidaily) "no goi t la": told of the writer, now a report;
     * called at "m", the same words read) */
    { "hom qua no goi m la do dien", NC_CATEGORY_INSULT, "do dien", NC_EVIDENCE_LEXICON },
    { "to goi no la do dan roi", NC_CATEGORY_INSULT, "do dan", NC_EVIDENCE_LEXICON },
    { "con dien thoai nay hong roi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nha t co nhieu do dien", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "di ngu som di mai thi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (r18, G_N_ELEMENTS (r18), "vi");
}

/* (eighteenth round, the lead) someone told the group is better, or
 * nothing is lost, without them: the mirror of the care reminder's own
 * despair; the writer's own words stay care, a party's guest and rain
 * say nothing. */
static void
test_lead_r18 (void)
{
  static const SpanCase en[] = {
    { "the team is happier without you", NC_CATEGORY_INSULT, "happier without you", NC_EVIDENCE_LEXICON },
    { "everyone would be happier if you just wasnt around", NC_CATEGORY_INSULT,
      "happier if you just wasnt around", NC_EVIDENCE_LEXICON },
    { "everyone would be happier if you came to the party", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "we'd be sad if you moved away", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (en_judged(): a likeness to someone young is praise) */
    { "ur brother looks like a young tom holland", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
  };
  static const SpanCase vi[] = {
    { "mày có biến mất cũng chẳng sao", NC_CATEGORY_INSULT, "mày có biến mất cũng chẳng sao", NC_EVIDENCE_LEXICON },
    { "lớp mình vui hơn khi không có mày", NC_CATEGORY_INSULT, "vui hơn khi không có mày", NC_EVIDENCE_LEXICON },
    { "tớ có biến mất cũng chẳng sao", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mọi người vui hơn khi không có mưa", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (en, G_N_ELEMENTS (en), "en");
  assert_span_cases (vi, G_N_ELEMENTS (vi), "vi");
}

/* (nineteenth round, s19-toneless) typed without marks: a rule flagged
 * "marked" reads the toneless spellings of its lists' words that are no
 * other everyday word (vi-toneless.txt: "nhu cai", "thung phuy", "hoi
 * nach"; not "o ban", "ở bản" too); a calling word takes a given name
 * typed in lower case that vi-tone.txt learnt ("con quynh", not "con
 * meo", nor "thang nam", "tháng năm"). */
static void
test_toneless_r19 (void)
{
  static const SpanCase r19[] = {
    { "thang Tuan trong nhu cai thung phuy", NC_CATEGORY_INSULT, "thang Tuan trong nhu cai thung phuy",
      NC_EVIDENCE_LEXICON },
    { "bn Hieu hoi nach kinh khung", NC_CATEGORY_INSULT, "bn Hieu hoi nach kinh khung", NC_EVIDENCE_LEXICON },
    { "nguoi dan toc o ban lam nuong ca ngay", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "cai noi nay to nhu cai thung phuy", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "toc con quynh xu nhu cai to chim", NC_CATEGORY_INSULT, "toc con quynh xu nhu cai", NC_EVIDENCE_LEXICON },
    { "toc con meo xu nhu cai to chim", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* (s22-kidtol) no word marked: the kid model's tolerated first tier
     * warns the draft whole ("thằng Nam trông như cái thùng phuy" is its
     * only reading; "tháng năm" would make no sense) */
    { "thang nam trong nhu cai thung phuy", NC_CATEGORY_INSULT, "", NC_EVIDENCE_MODEL },
  };

  assert_span_cases (r19, G_N_ELEMENTS (r19), NULL);
}

/* Nineteenth round, s19-davidson: words that name no one or hold a
 * slur's letters in an everyday sense. A user name after punctuation
 * ("“@name:", ".@name") as after a space; sexual words in a news
 * headline shared with its link (title case, five words or more, no one
 * addressed in the clause); "homo" not a prefix; idioms ("chink in the
 * armor", "spic and span", "bum a fag"); things of games and music;
 * "won't shut up about"; "shut up" of amazement ("oh shut up, that's
 * amazing!!"); "got my ass kicked" of oneself; "kill" an
 * exam or an audition, doing well. Each look-alike warned on main; each
 * attack warns. */
static void
test_davidson_r19 (void)
{
  static const SpanCase en[] = {
    { "Man Charged With Rape Of Teen Girl In Ohio http://t.co/abc", NC_CATEGORY_SEXUAL, NULL, NC_EVIDENCE_LEXICON },
    { "Police: Teacher Had Sex With Student On School Trip http://t.co/x", NC_CATEGORY_SEXUAL, NULL,
      NC_EVIDENCE_LEXICON },
    { "I Will Rape You Tyler http://t.co/w", NC_CATEGORY_SEXUAL, "Rape", NC_EVIDENCE_LEXICON },
    { "i will rape you http://t.co/w", NC_CATEGORY_SEXUAL, "rape", NC_EVIDENCE_LEXICON },
    { "Rape Survivors Speak Out Against Campus Policy", NC_CATEGORY_SEXUAL, "Rape", NC_EVIDENCE_LEXICON },
    { "SEX SEX SEX SEX SEX http://t.co/w", NC_CATEGORY_SEXUAL, "SEX", NC_EVIDENCE_LEXICON },
    { "(@DickFurari) nice car", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { ".@bitchplease nice car", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you are a bitch.@tyler", NC_CATEGORY_INSULT, "bitch", NC_EVIDENCE_LEXICON },
    { "homophobia is wrong", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "homophones are words that sound the same", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "being homosexual is not a choice", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "ur such a homo", NC_CATEGORY_HATE, "homo", NC_EVIDENCE_LEXICON },
    { "the chink in his armor is his left hand", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "shut up you chink", NC_CATEGORY_HATE, "chink", NC_EVIDENCE_LEXICON },
    { "spic and span kitchen now", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "ur a spic", NC_CATEGORY_HATE, "spic", NC_EVIDENCE_LEXICON },
    { "bum a fag off you mate?", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "what a fag", NC_CATEGORY_HATE, "fag", NC_EVIDENCE_LEXICON },
    { "we read charles dickens in class", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you dick", NC_CATEGORY_INSULT, "dick", NC_EVIDENCE_LEXICON },
    { "you little twats", NC_CATEGORY_INSULT, "twats", NC_EVIDENCE_LEXICON },
    { "spent all my vbucks on a dumb emote lol worth it", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you are so dumb lol", NC_CATEGORY_INSULT, "you are so dumb", NC_EVIDENCE_LEXICON },
    { "my brother beat me at mario kart and won't shut up about it", NC_CATEGORY_INSULT, NULL,
      NC_EVIDENCE_LEXICON },
    { "shut up about your game", NC_CATEGORY_INSULT, "shut up", NC_EVIDENCE_LEXICON },
    { "oh shut up, that's amazing!!", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "stfu no way you got tickets!!", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "shut up, nobody asked", NC_CATEGORY_INSULT, "shut up", NC_EVIDENCE_LEXICON },
    /* losing badly, told of oneself; "kill" as doing well */
    { "got my ass kicked in chess by my cousin lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "kiss my ass", NC_CATEGORY_INSULT, "ass", NC_EVIDENCE_LEXICON },
    { "i'm gonna get your ass kicked", NC_CATEGORY_INSULT, "ass", NC_EVIDENCE_LEXICON },
    { "im gonna kill this exam then go to the skate park", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "gonna kill you at the test", NC_CATEGORY_VIOLENCE, "gonna kill you", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (en, G_N_ELEMENTS (en), "en");
}

/* Nineteenth round, s19-endaily: everyday English with rude-looking
 * words. Kind teasing (a mild put-down aimed at "you" with affection or an
 * invitation right after it, or said with a laugh: en_tease()), "shut up"
 * before disbelief, "ugliest" of clothes, a "things" put-down said of
 * "this", "it", "that". Each
 * look-alike warned on main; each unkind twin warns. */
static void
test_endaily_r19 (void)
{
  static const SpanCase en[] = {
    { "you're such a nerd lol, that's why we love you", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "you're so weird haha, never change", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "you're so annoying but i'll save you a seat anyway", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "you're so weird lol nobody wants to sit with you", NC_CATEGORY_INSULT, "you're so weird",
      NC_EVIDENCE_CONTEXT },
    { "you're such a nerd, nobody will ever love you", NC_CATEGORY_INSULT, "you're such a nerd",
      NC_EVIDENCE_CONTEXT },
    { "shut up i cant believe you met him", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "shut up i can't stand you", NC_CATEGORY_INSULT, "shut up", NC_EVIDENCE_LEXICON },
    { "grandma knitted me the ugliest sweater and i love it", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "you're the ugliest lol", NC_CATEGORY_INSULT, "you're the ugliest", NC_EVIDENCE_LEXICON },
    { "this is so dumb but i cried at the dog food advert", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "that's so dumb of you", NC_CATEGORY_INSULT, "so dumb", NC_EVIDENCE_LEXICON },
    /* en_tease(): a mild put-down of "you" said with a laugh, nothing
     * taking it further */
    { "you're so clumsy lol that's the third cup this week", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "you walk like a penguin haha", NC_CATEGORY_INSULT, "you walk like a penguin", NC_EVIDENCE_LEXICON },
    { "lol you're so dramatic, it's just a spider", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "you're so slow lol we're leaving without you", NC_CATEGORY_INSULT, "you're so slow", NC_EVIDENCE_CONTEXT },
    { "you look like a pig lol", NC_CATEGORY_INSULT, "look like a pig", NC_EVIDENCE_LEXICON },
    { "you're so weird lol nobody likes you", NC_CATEGORY_INSULT, "you're so weird", NC_EVIDENCE_CONTEXT },
    { "you're so stupid lol", NC_CATEGORY_INSULT, "you're so stupid", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (en, G_N_ELEMENTS (en), "en");
}

/* (twentieth round, s20-endaily) en_everyday(): everyday senses read by
 * who is aimed at; each look-alike warned on main, each attack warns. */
static void
test_endaily_r20 (void)
{
  static const SpanCase en[] = {
    /* a grown-up's "kill" of trouble at home; "kill it at" a show */
    { "mom is gonna kill you if you don't call her back lol", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "you're so dead when mom sees the wall lol", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i'm gonna kill it at the talent show", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "my brother is gonna kill you when he finds you", NC_CATEGORY_VIOLENCE, "gonna kill you",
      NC_EVIDENCE_LEXICON },
    { "my dad will kill you if you come near me", NC_CATEGORY_VIOLENCE, "kill you", NC_EVIDENCE_LEXICON },
    /* "shut up" of amazement */
    { "shut up!! you got tickets?? no way", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "shut up!! who asked you??", NC_CATEGORY_INSULT, "shut up", NC_EVIDENCE_LEXICON },
    /* a put-down of the mind said of "we" or "i" */
    { "we're all idiots for staying up till 3", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "we're all idiots, especially you", NC_CATEGORY_INSULT, "idiots", NC_EVIDENCE_LEXICON },
    { "i'm stupid, jake too", NC_CATEGORY_INSULT, "stupid", NC_EVIDENCE_LEXICON },
    /* a put-down of a thing or an animal named with "the" */
    { "the stupid cat knocked my water over again", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "the new rule about phones is dumb", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "the fat pig at the county fair won a blue ribbon", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "the new kid is so stupid", NC_CATEGORY_INSULT, "stupid", NC_EVIDENCE_LEXICON },
    { "the stupid new kid sat next to me", NC_CATEGORY_INSULT, "stupid", NC_EVIDENCE_LEXICON },
    { "the fat pig in our class took my seat", NC_CATEGORY_INSULT, "fat pig", NC_EVIDENCE_LEXICON },
    /* one's own brother, sister or pet teased with a laugh */
    { "my little sister is a crybaby sometimes lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "my brother is such an idiot, i hate him", NC_CATEGORY_INSULT, "idiot", NC_EVIDENCE_LEXICON },
    /* a laugh typed as an emoji is a laugh (en_tease()) */
    { "you're so clumsy 😂 that's the third cup this week", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "you're so weird 😂 nobody likes you", NC_CATEGORY_INSULT, "you're so weird", NC_EVIDENCE_CONTEXT },
  };

  assert_span_cases (en, G_N_ELEMENTS (en), "en");
}

/* (twenty-first round, s21-ennot) a put-down denied to "you", one told
 * of the writer to a parent, and the model's aimed verdict on a denied
 * draft: each look-alike warned on main, each attack warns. */
static void
test_ennot_r21 (void)
{
  static const SpanCase en[] = {
    /* a put-down denied in its clause */
    { "no one thinks ur annoying i promise", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "u aren't a burden to anyone", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "stop saying ur ugly, ur so pretty", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nobody thinks ur a crybaby, that movie was sad", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    /* the denial that is the put-down, or goes on to say it */
    { "ur not smart ur just loud", NC_CATEGORY_INSULT, "ur not smart", NC_EVIDENCE_CONTEXT },
    { "no one likes you", NC_CATEGORY_INSULT, "no one likes you", NC_EVIDENCE_LEXICON },
    { "you're not even pretty", NC_CATEGORY_INSULT, "you're not even pretty", NC_EVIDENCE_CONTEXT },
    { "ur not fat, ur obese lol", NC_CATEGORY_INSULT, "ur obese", NC_EVIDENCE_LEXICON },
    { "you're not as dumb as you look", NC_CATEGORY_INSULT, "not as dumb as you", NC_EVIDENCE_LEXICON },
    { "nobody would cry if u died", NC_CATEGORY_INSULT, "nobody would cry if u", NC_EVIDENCE_LEXICON },
    { "i dont think ur annoying, i KNOW ur annoying", NC_CATEGORY_INSULT, "ur annoying", NC_EVIDENCE_CONTEXT },
    { "You arent a bitch.", NC_CATEGORY_INSULT, "bitch", NC_EVIDENCE_LEXICON },
    /* told to a parent; not relayed, agreed, or turned on someone */
    { "dad they keep calling me dumbo bc of my ears", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mom said ur a loser and she's right", NC_CATEGORY_INSULT, "ur a loser", NC_EVIDENCE_LEXICON },
    { "he called me fat so i told him he's a fat pig", NC_CATEGORY_INSULT, "fat pig", NC_EVIDENCE_LEXICON },
    /* the model's verdict on a draft aimed at someone */
    { "ur not slow, u just take care with ur work", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_MODEL },
    { "dont cry, ur gonna be ok", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_MODEL },
    { "nobody thinks ur funny", NC_CATEGORY_INSULT, "", NC_EVIDENCE_MODEL },
    { "ur not a human ur an animal", NC_CATEGORY_INSULT, "", NC_EVIDENCE_MODEL },
  };

  assert_span_cases (en, G_N_ELEMENTS (en), "en");
}

/* (twenty-second round, s22-enk) en_kinds(): a family's money or a
 * parent's job mocked, a meeting set as a threat, a shaming photo sent
 * round, polite exclusion, sarcasm; each attack (reworded from the
 * branch's batches) warns, each look-alike with the same words does not. */
static void
test_enkinds_r22 (void)
{
  static const SpanCase en[] = {
    { "everyone knows his mum is a cleaner, beggar family", NC_CATEGORY_INSULT, "his mum is a cleaner", NC_EVIDENCE_CONTEXT },
    { "ur gonna be a janitor like ur dad", NC_CATEGORY_INSULT, "ur gonna be a janitor", NC_EVIDENCE_CONTEXT },
    { "her dad's a binman thats why she smells \U0001F480", NC_CATEGORY_INSULT, "her dad's a binman", NC_EVIDENCE_CONTEXT },
    { "lmao ur dad mows lawns for money, imagine", NC_CATEGORY_INSULT, "ur dad mows lawns for", NC_EVIDENCE_CONTEXT },
    { "see you after school. come alone.", NC_CATEGORY_VIOLENCE, "see you after school. come alone", NC_EVIDENCE_CONTEXT },
    { "after school, behind the bins. you know why.", NC_CATEGORY_VIOLENCE, "after school, behind the bins. you know why", NC_EVIDENCE_CONTEXT },
    { "wait till lunch, ur getting ur glasses smashed", NC_CATEGORY_VIOLENCE, "wait till lunch, ur getting ur glasses smashed", NC_EVIDENCE_CONTEXT },
    { "meet me at the gate, dont bring ur friends", NC_CATEGORY_VIOLENCE, "meet me at the gate, dont bring ur friends", NC_EVIDENCE_CONTEXT },
    { "i got a pic of max crying in maths, posting it in the gc", NC_CATEGORY_INSULT, "pic of max crying in maths, posting", NC_EVIDENCE_CONTEXT },
    { "record her falling over and send it to the group", NC_CATEGORY_INSULT, "record her falling over and send it to", NC_EVIDENCE_CONTEXT },
    { "sorry no room for u at our table, try somewhere else", NC_CATEGORY_INSULT, "no room for u", NC_EVIDENCE_CONTEXT },
    { "oh wow another song from u \U0001F644 so talented", NC_CATEGORY_INSULT, "wow another song from u", NC_EVIDENCE_CONTEXT },
    { "so brave of u to post that face \U0001F44F", NC_CATEGORY_INSULT, "brave of u to post that face", NC_EVIDENCE_CONTEXT },
    /* look-alikes */
    { "my dad mows lawns for money, he's saving for a car", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "ur mum is a cleaner? mine too, she loves it", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "imagine if ur mum was the lunch lady, free fries every day", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "she broke the school record today", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "you poor thing, do you need a plaster?", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "see you after school, come alone or bring sam, both fine, we're doing homework", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_CONTEXT },
    { "meet me at the gate, bring ur ball", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_CONTEXT },
    { "\"see you after school. come alone.\" is what the villain says in the movie", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_CONTEXT },
    { "i got a pic of my cat sleeping, posting it in the gc", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "send me the video of you falling off the skateboard lol", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "sorry theres no room at our table, but u can sit with me tomorrow", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    /* (lead: someone else asked for by the group, not "you" sent away) */
    { "owen has to drop out of our presentation, can we add someone else?", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "the team needs one more, ask anyone else who wants to join", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_CONTEXT },
    { "our group is full, go find someone else", NC_CATEGORY_INSULT, "go find someone else", NC_EVIDENCE_CONTEXT },
  };

  assert_span_cases (en, G_N_ELEMENTS (en), "en");
}

/* (s20-kidvi2) That @draft gets exactly one warning, a whole-draft insult
 * of the model (no span), and none with the models disabled. */
static void
assert_warned_by_model_alone (const char *draft)
{
  g_autoptr(NcChecker) plain = nc_checker_new (NULL);
  g_autoptr(NcReport) r = nc_checker_check (checker, draft, -1, "vi", NULL);
  g_autoptr(NcReport) r0 = NULL;
  const NcFinding *f;
  gsize n, n_warn = 0;

  nc_checker_disable_model (plain);
  r0 = nc_checker_check (plain, draft, -1, "vi", NULL);
  f = nc_report_get_findings (r, &n);
  for (gsize i = 0; i < n; i++)
    if (f[i].severity >= NC_SEVERITY_WARN)
      {
        g_assert_cmpint (f[i].category, ==, NC_CATEGORY_INSULT);
        g_assert_cmpint (f[i].evidence, ==, NC_EVIDENCE_MODEL);
        g_assert_cmpuint (f[i].cp_start, ==, f[i].cp_end);
        n_warn++;
      }
  g_assert_cmpuint (n_warn, ==, 1);
  f = nc_report_get_findings (r0, &n);
  for (gsize i = 0; i < n; i++)
    g_assert_cmpint (f[i].severity, <, NC_SEVERITY_WARN);
}

/* (s20-kidmodel) The second Vietnamese model (vi-kid-model.bin) warns a
 * quiet draft as a whole, with no span of its own; a draft the checker
 * already judged (a put-down lowered to info in an apology) and everyday
 * drafts stay as they were; without the models it says nothing. */
static void
test_kid_model_r20 (void)
{
  const char *caught[] = {
    "m chay nhu con rua, ca doi cho m moi ca chan",
  };
  const char *quiet[] = {
    "hôm nay trời đẹp quá, đi đá bóng không",
    "tui thay may hoi mui khoi, may nuong gi do",
    "xin lỗi mày nhé, tao lỡ gọi mày là đồ béo trước lớp, tao sai thật",
  };

  for (gsize k = 0; k < G_N_ELEMENTS (caught); k++)
    assert_warned_by_model_alone (caught[k]);
  for (gsize k = 0; k < G_N_ELEMENTS (quiet); k++)
    {
      g_autoptr(NcReport) r = nc_checker_check (checker, quiet[k], -1, "vi", NULL);
      const NcFinding *f;
      gsize n;

      f = nc_report_get_findings (r, &n);
      for (gsize i = 0; i < n; i++)
        if (f[i].severity >= NC_SEVERITY_WARN)
          g_error ("warned: %s", quiet[k]);
    }
}

/* (s20-kidvi2) How many crude reminders @draft gets; fails if it is warned. */
static guint
crude_reminders_unwarned (const char *draft)
{
  g_autoptr(NcReport) r = nc_checker_check (checker, draft, -1, "vi", NULL);
  gsize n = 0;
  const NcFinding *f = nc_report_get_findings (r, &n);
  guint n_crude = 0;

  while (n-- > 0)
    {
      g_assert_cmpint (f[n].severity, <, NC_SEVERITY_WARN);
      n_crude += f[n].category == NC_CATEGORY_CRUDE;
    }
  return n_crude;
}

/* (s20-kidvi2) The kid model's second tier (a quiet draft typed without
 * marks the first model is sure of) warns these, whole, no span; without
 * the models they are not warned. Everyday drafts with a swear word aimed
 * at no one (vi-daily-r20kv.txt's kind), with marks and without, keep
 * their reminder and are never warned by the reminded step. */
static void
test_kid_model_r20kv (void)
{
  static const struct { const char *draft; gboolean warned; } kv_cases[] = {
    /* (s22-kidtol: "may danh rac, ko ai thich" here before; the refitted
     * kid model scores it under the second tier, no longer warned) */
    { "thang do lam lo, khoe nhieu the", TRUE },
    { "m tuong m la ai ma dam len mat voi t", TRUE },
    { "hay vl 😂 tập mới xem chưa", FALSE },
    { "đói vl từ sáng tới giờ chưa ăn gì", FALSE },
    { "nóng vl hôm nay chắc 39 độ luôn á", FALSE },
    { "con mèo nhà t béo vl, nặng 6 ký rồi", FALSE },
    { "hay vl tap moi xem chua", FALSE },
    { "doi vl tu sang toi gio chua an gi", FALSE },
    { "kẹt xe vl, 30 phút chưa qua được ngã tư", FALSE },
  };

  for (gsize k = 0; k < G_N_ELEMENTS (kv_cases); k++)
    if (kv_cases[k].warned)
      assert_warned_by_model_alone (kv_cases[k].draft);
    else
      g_assert_cmpuint (crude_reminders_unwarned (kv_cases[k].draft), ==, 1);
}

/* (s22-kidtol) The kid model's first tier with one everyday tuning line
 * in 1,500 tolerated (vi-kid-model.bin's thresholds 0.996 / 0.9915): a
 * draft typed without marks that pushes a friend out of the group is
 * warned by it alone (not at the thresholds before, 0.9975 / 0.999);
 * everyday drafts of the kinds the lower thresholds may hurt (comfort
 * said with "mày", "oke m", a game lost, vi-daily-r22kt.txt's kinds) are
 * not warned. */
static void
test_kid_model_r22kt (void)
{
  const char *quiet[] = {
    "oke m, mai 7h t qua don nhe",
    "m dung buon nua, thua tran nay thi tran sau go lai",
    "mày ơi đừng khóc nữa, mai t mua trà sữa bù cho nhé 🥺",
    "ván rank tối qua t thua liền 5 trận, tức muốn ném cái chuột luôn 😤",
  };

  assert_warned_by_model_alone ("nhom minh kick con Thao ra di, thay mat no la ngan");
  assert_warned_by_model_alone ("con nho do dua day, noi nhieu the");
  for (gsize k = 0; k < G_N_ELEMENTS (quiet); k++)
    g_assert_cmpuint (crude_reminders_unwarned (quiet[k]), ==, 0);
}

/* (twentieth round, lead) "you" called a beast outright is not hidden by
 * an animal doing what animals do; a friend left out of a plan for their
 * own circumstances is told kindly, a reason that puts them down is not. */
static void
test_lead_r20 (void)
{
  static const SpanCase vi[] = {
    { "mày là con bò ăn cỏ à", NC_CATEGORY_INSULT, "mày là con bò", NC_EVIDENCE_LEXICON },
    { "tụi mày là con heo mới đẻ à", NC_CATEGORY_INSULT, "tụi mày là con heo", NC_EVIDENCE_LEXICON },
    { "nhà mày có con bò ăn cỏ à", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "năm nay mày là tuổi con trâu à", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tụi mình đừng rủ nó đi nữa, nó bảo nó bận ôn thi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "đừng rủ nó nhé, nó đang ốm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "đừng rủ nó, mẹ nó không cho đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "đừng rủ nó, nó hôi lắm", NC_CATEGORY_INSULT, "đừng rủ nó", NC_EVIDENCE_LEXICON },
    { "đừng rủ nó", NC_CATEGORY_INSULT, "đừng rủ nó", NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (vi, G_N_ELEMENTS (vi), "vi");
}

/* (lead, twenty-first round) A whole put-down typed one letter at a time,
 * one space between every letter, so that no gap says where a word ends
 * ("d i t m e m a y"): the letters split into the words the lists know
 * and Vietnamese syllables, and warn as the words would. An everyday
 * message typed the same way, a spaced name ("Thắng Nguyễn", not "thang
 * ngu yen") and an English wish stay quiet. */
static void
test_letters_one_by_one (void)
{
  static const SpanCase typed[] = {
    { "m à y n g u n h ư b ò", NC_CATEGORY_INSULT, "m à y n g u n h ư b ò", NC_EVIDENCE_LEXICON },
    { "m a y n g u n h u b o", NC_CATEGORY_INSULT, "m a y n g u n h u b o", NC_EVIDENCE_LEXICON },
    { "d i t m e m a y", NC_CATEGORY_INSULT, "d i t m e m a y", NC_EVIDENCE_LEXICON },
    { "y o u a r e a n i d i o t", NC_CATEGORY_INSULT, "y o u a r e a n i d i o t", NC_EVIDENCE_LEXICON },
    /* (a dot between every letter: one word typed letter by letter) */
    { "đ.ồ.ó.c.c.h.ó", NC_CATEGORY_INSULT, "đ.ồ.ó.c.c.h.ó", NC_EVIDENCE_LEXICON },
    { "c.h.u.c.m.u.n.g.s.i.n.h.n.h.a.t", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "c h ú c m ừ n g s i n h n h ậ t", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "c h u c m u n g s i n h n h a t b a n n h e", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "t h a n g n g u y e n", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "h a p p y b i r t h d a y", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "t h a n k y o u s o m u c h", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };
  /* (twenty-second round) Vietnamese syllables run together with no
   * space, which two tone marks in one word tell: split the same way */
  static const SpanCase glued[] = {
    { "màyngunhưbò", NC_CATEGORY_INSULT, "màyngunhưbò", NC_EVIDENCE_LEXICON },
    { "đồócchó", NC_CATEGORY_INSULT, "đồócchó", NC_EVIDENCE_LEXICON },
    { "chúcmừngsinhnhật", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "hômnaytrờiđẹpquá", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "thằngbédễthương", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (typed, G_N_ELEMENTS (typed), "auto");
  assert_span_cases (glued, G_N_ELEMENTS (glued), "vi");
}

/* (lead, twenty-second round) Vietnamese typed in Telex with no input
 * method on, its keys left in the words ("ddoof ocs chos" is "đồ óc
 * chó"): read as the syllables they spell when two words or more of a
 * draft with no marks do; an everyday draft typed so, English words
 * that end the same way and a list's word stay as they are. */
static void
test_typed_in_telex (void)
{
  static const SpanCase vi[] = {
    { "ddoof ocs chos", NC_CATEGORY_INSULT, "ocs chos", NC_EVIDENCE_LEXICON },
    { "mayf ngu nhuw bof", NC_CATEGORY_INSULT, "mayf ngu nhuw bof", NC_EVIDENCE_LEXICON },
    { "hom nay trowif ddepj quas", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "chucs mungf sinh nhaatj", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "my cars are fast and chess is fun", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (vi, G_N_ELEMENTS (vi), "auto");
}

/* (lead, twenty-first round) A game's count of kills that then names
 * "mày" the next one is a threat dressed as a score; a turn in the game
 * and a score alone stay quiet (s21-vidaily). A saying stopped, then
 * agreed with, is a put-down. */
static void
test_lead_r21 (void)
{
  static const SpanCase vi[] = {
    { "tao giết được 12 mạng rồi, giờ tới lượt mày", NC_CATEGORY_VIOLENCE,
      "tao giết được 12 mạng rồi, giờ tới lượt mày", NC_EVIDENCE_LEXICON },
    { "tao giết 5 mạng rồi, mày là người tiếp theo", NC_CATEGORY_VIOLENCE,
      "tao giết 5 mạng rồi, mày là người tiếp theo", NC_EVIDENCE_LEXICON },
    { "tao giết được 5 mạng rồi, tới lượt mày chơi đi", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "tao giết được 12 mạng rồi, ghê chưa", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
  };
  /* (s21-ennot's "stop saying" denial, then a clause that sees or knows
   * "it": said after all; a clause that disagrees stays kind) */
  static const SpanCase en[] = {
    { "stop saying ur ugly, everyone can already see it", NC_CATEGORY_INSULT, "ur ugly", NC_EVIDENCE_LEXICON },
    { "stop saying ur ugly, everyone can see ur beautiful", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "stop saying ur fat, i know it's not true", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };
  /* (twenty-second round) the writer's own sibling "killed" with a laugh
   * is a reminder; a time set, a weapon, someone else's sister stay
   * threats */
  static const SpanCase sibling[] = {
    { "i'm gonna kill my brother if he eats my leftovers again lol jk", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "im gonna kill my sister lol", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "i'm gonna kill my brother tonight lol", NC_CATEGORY_VIOLENCE, "gonna kill", NC_EVIDENCE_LEXICON },
    { "i'm gonna kill my brother with a knife lol", NC_CATEGORY_VIOLENCE, "gonna kill", NC_EVIDENCE_LEXICON },
    { "i'm gonna kill your sister lol", NC_CATEGORY_VIOLENCE, "i'm gonna kill your sister", NC_EVIDENCE_CONTEXT },
  };

  assert_span_cases (vi, G_N_ELEMENTS (vi), "vi");
  assert_span_cases (en, G_N_ELEMENTS (en), "en");
  assert_span_cases (sibling, G_N_ELEMENTS (sibling), "en");
}

/* (twenty-second round, s22-daily) Trash talk of a game between
 * friends: in English a put-down of play said to "you" with a game named
 * and a player's word or amends ("gg", "rematch", "ur turn", "i love u"),
 * or a game's threat with the game in its clause, is shown at info
 * (play_trash_talk()); a laugh alone, a put-down past the game (the
 * family, "uninstall", "nobody", "after school") still warns. In
 * Vietnamese the models' verdict on a game recap whose writer makes
 * amends ("tao nhường", "tập với máy", "bảo kê") is info
 * (play_amends_quiets_model()); without amends, or past the play, it
 * warns. A pet's body said of "she" (pet_pronoun()), a tale's beast
 * slain, a drug trade named as a crime by the news, a threat quoted after
 * a third person's verb of saying and a colon, said to the writer
 * (quote_told_by_other()), pass; the same words at a person, by a seller,
 * by the writer, or passed on about a third person, warn. */
static void
test_daily_r22 (void)
{
  static const char * const en_play[] = {
    "u r so bad at this game lmao gg tho", "u suck at uno lmao ur turn", "ur aim is trash today bro, u ok? lol",
    "imma wreck u in mario kart", "u noob i got u again 😂 rematch?",
    "lmao your team is trash, you lost top tower in 3 minutes. dont be sad tho, ill buy you boba tonight",
  };
  static const char * const en_past[] = {
    "ur so bad at this game just uninstall lol", "u suck at everything lmao nobody wants u",
    "ur dead after school lol", "gg noob go cry to ur mom 😂", "you play fortnite like a pig lol",
    "lmao ur so bad at this game", "ur trash at valorant go die lol",
  };
  static const char * const vi_play[] = {
    "mày chơi Free Fire bắn như người mù vậy mà còn đòi làm đội trưởng. thôi tao nhường, nhưng mà thua thì mày "
    "bao trà sữa nha",
    "tao nói mày rồi, đừng cầm Yasuo khi chưa biết chơi. tụi bên kia hành mày ra bã mà. thôi mai tập với máy "
    "trước đi",
    "mày cứ đi rừng kiểu đó thì team nó cướp hết bùa của mày. mà thôi trận sau tao cầm trợ thủ đi theo bảo kê "
    "mày 😂",
  };
  static const char * const vi_past[] = {
    "noob như mày thì đừng vào rank làm khổ đồng đội", "noob như mày thì đừng vào rank làm khổ đồng đội, thôi "
    "tao nhường",
    "mày chơi Liên Quân như người khuyết tật, thôi tao nhường mày",
    "đừng vào team tao nữa, cút ra ngoài đi, tao nhường chỗ cho đứa khác",
    "mày đi rừng như thằng thiểu năng, mai đánh lại tao cũng chả thèm",
    "nhìn mặt mày chơi game là muốn gỡ game, tao nhường mày luôn đó",
  };

  /* (a pet's body said of "she", the pet named before; a person
   * between, a name, "you", a likening, still warn) */
  static const char * const en_pet[] = {
    "my cat is so fat she can't jump on the couch anymore lol 🐱",
    "grandpa im coming to visit this weekend and bringing the cat to show you. shes gotten so fat lol",
    "our dog is huge now, hes so fat lol",
  };
  static const char * const en_pet_past[] = {
    "she said i look like a pig lol, she looks like a cow", "my dog likes emma. shes so fat lol",
    "my cat hates my sister, shes so fat and ugly", "look at my brother, hes so fat lol",
    "the dog is cute but my friend, hes so fat lol", "the cat is cute. u r so fat tho",
  };
  /* (a tale's beast slain, a drug trade named as a crime by the news;
   * at a person, by a seller, still warned) */
  static const char * const vi_told[] = {
    "Thạch Sanh đã giương cung bắn chết con đại bàng để cứu công chúa.",
    "Chàng dũng sĩ chém chết con chằn tinh và cứu dân làng.",
    "Tòa tuyên án tử hình đối với kẻ cầm đầu đường dây buôn bán ma túy xuyên quốc gia.",
    "Công an vừa triệt phá đường dây mua bán ma túy ở biên giới.",
  };
  static const char * const vi_quoted[] = {
    "Một bạn trong nhóm còn dọa: \"Mày mà mách cô thì mai biết tay tao\", rồi giật luôn chiếc cặp của em.",
    "nó nhắn em: \"mai biết tay tao\"",
  };
  static const char * const vi_quoted_aimed[] = {
    "tao dọa nó: \"mày mà mách cô thì biết tay tao\"", "mày nghe đây: \"mai biết tay tao\"",
    "\"mày mà mách cô thì biết tay tao\" nhé", "nhắn cho nó: \"mày mà mách cô thì biết tay tao\"",
    "con Lan bảo: \"thằng Nam ngu như bò\"",
  };
  static const char * const vi_aimed[] = {
    "bắn chết con Lan", "chém chết con Hằng đi", "đánh chết con béo lớp mình",
    "tụi tao có đường dây bán ma túy, ai cần ib", "tao buôn bán ma túy đây ib", "ai cần mua ma túy ib mình",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (en_pet); i++)
    assert_crude_case (en_pet[i], "en", NULL, FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (en_pet_past); i++)
    assert_crude_case (en_pet_past[i], "en", NULL, TRUE);
  assert_told_and_aimed (vi_told, G_N_ELEMENTS (vi_told), vi_aimed, G_N_ELEMENTS (vi_aimed));
  assert_told_and_aimed (vi_quoted, G_N_ELEMENTS (vi_quoted), vi_quoted_aimed, G_N_ELEMENTS (vi_quoted_aimed));
  /* (a child lulled to sleep, typed without marks; "ngu" of someone
   * still warns) */
  assert_crude_case ("\"con co be be no dau canh tre\" ba hat ru em minh ngu, nghe ma nho hoi nho", NULL, NULL,
                     FALSE);
  assert_crude_case ("me ru em ngu xong moi di nau com", NULL, NULL, FALSE);
  assert_crude_case ("tai no ngu", NULL, NULL, TRUE);
  assert_crude_case ("ru may ngu luon di", NULL, NULL, TRUE);
  assert_crude_case ("do em minh ngu qua nen bi diem kem", NULL, NULL, TRUE);
  /* (a clothing size: no crude reminder; "xl" of someone still is one or
   * warns) */
  assert_crude_case ("Shop vừa về thêm áo khoác nỉ, đủ size từ S tới XL, freeship đơn trên 200k.", "vi", NULL, FALSE);
  assert_crude_case ("áo này có cỡ XL không shop", "vi", NULL, FALSE);
  assert_crude_case ("bớt xl lại đi", "vi", "xl", FALSE);
  assert_crude_case ("m xl quá", "vi", NULL, TRUE);
  assert_crude_case ("mày đúng là đồ xl", "vi", NULL, TRUE);
  for (gsize i = 0; i < G_N_ELEMENTS (en_play); i++)
    assert_crude_case (en_play[i], "en", NULL, FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (en_past); i++)
    assert_crude_case (en_past[i], "en", NULL, TRUE);
  assert_told_and_aimed (vi_play, G_N_ELEMENTS (vi_play), vi_past, G_N_ELEMENTS (vi_past));
}

/* (s22-vik) unkind kinds the blind sets' tuning halves missed, by class
 * and role (vi-insult.txt, vi-violence.txt, "Twenty-second round,
 * s22-vik"): each attack warns, its look-alike does not */
static void
test_vik_r22 (void)
{
  static const SpanCase vi[] = {
    { "được 9 điểm lý chắc lại nhìn bài thằng bên cạnh", NC_CATEGORY_INSULT, "chắc lại nhìn bài thằng", NC_EVIDENCE_LEXICON },
    { "thi xong mai chắc lại chép bài của cô trên bảng", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "đạt giải nhì chắc nhờ người quen trong ban giám khảo", NC_CATEGORY_INSULT, "giải nhì chắc nhờ người quen", NC_EVIDENCE_LEXICON },
    { "đạt giải nhì chắc nhờ cô động viên nhiều", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "mày hát hay đến nỗi mấy con chó trong xóm sủa ầm lên", NC_CATEGORY_INSULT, "hay đến nỗi mấy con chó trong xóm sủa ầm", NC_EVIDENCE_LEXICON },
    { "mày hát hay đến nỗi cả lớp đứng dậy vỗ tay", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ê béo ú, lại đây tao bảo", NC_CATEGORY_INSULT, "ê béo ú", NC_EVIDENCE_LEXICON },
    { "ê, béo lên rồi đấy, phải tập thôi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "thằng bé lùn kia chạy nhanh thế", NC_CATEGORY_INSULT, "thằng bé lùn kia", NC_EVIDENCE_LEXICON },
    { "ai có clip con Trâm bị ngã ở căng tin không, share đi", NC_CATEGORY_INSULT, "ai có clip con Trâm bị ngã", NC_EVIDENCE_LEXICON },
    { "ai có clip con mèo nhà tao bị ngã không, cute lắm", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "cả lớp bình chọn đứa bẩn nhất lớp đi", NC_CATEGORY_INSULT, "bình chọn đứa bẩn nhất lớp", NC_EVIDENCE_LEXICON },
    { "cả lớp bình chọn bạn vẽ đẹp nhất lớp đi", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "tụi tao thống nhất rồi, không nói chuyện với mày nữa", NC_CATEGORY_INSULT, "tụi tao thống nhất rồi, không nói chuyện với mày", NC_EVIDENCE_LEXICON },
    { "bạn biết tại sao không ai chơi với bạn không", NC_CATEGORY_INSULT, "tại sao không ai chơi với bạn", NC_EVIDENCE_LEXICON },
    { "nhóm mình không có chỗ cho người như cậu đâu", NC_CATEGORY_INSULT, "không có chỗ cho người như cậu", NC_EVIDENCE_LEXICON },
    { "con nhà nghèo mà cũng đòi đi học đàn", NC_CATEGORY_HATE, "con nhà nghèo mà cũng đòi", NC_EVIDENCE_LEXICON },
    { "nhà nghèo mà bạn ấy vẫn đi học đàn giỏi ghê", NC_CATEGORY_HATE, NULL, NC_EVIDENCE_LEXICON },
    { "dân Hà Giang thì về quê mà nói", NC_CATEGORY_HATE, "dân Hà Giang thì về quê mà", NC_EVIDENCE_LEXICON },
    /* (merged with s22-tonek's way-home rule, which draws "đấy" too) */
    { "tao biết nhà mày ở đâu rồi, cẩn thận đấy", NC_CATEGORY_VIOLENCE, "tao biết nhà mày ở đâu rồi, cẩn thận đấy", NC_EVIDENCE_LEXICON },
    { "tao biết nhà mày ở đâu rồi, mai qua rủ đi học nhé", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "cứ đợi đấy, chưa xong đâu con", NC_CATEGORY_VIOLENCE, "cứ đợi đấy, chưa xong đâu", NC_EVIDENCE_LEXICON },
    { "tan học ở cổng trường, không đến thì đừng trách", NC_CATEGORY_VIOLENCE, "tan học ở cổng trường, không đến thì đừng trách", NC_EVIDENCE_LEXICON },
    { "rồi mày sẽ hối hận", NC_CATEGORY_VIOLENCE, "rồi mày sẽ hối hận", NC_EVIDENCE_LEXICON },
    { "mày sẽ không hối hận đâu", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "răng mày hô thế", NC_CATEGORY_INSULT, "răng mày hô", NC_EVIDENCE_LEXICON },
    { "bác sĩ bảo răng nó hơi hô", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_span_cases (vi, G_N_ELEMENTS (vi), "vi");
}

/* (s22-tonek) Drafts typed without marks: the kid model asked whatever
 * the first model's score (vi_kid_toneless_alone()); veiled threats (a
 * dare or a meeting, then the doom; the way home known, then "take
 * care"), an awkward moment's clip posted, a polite exclusion from "our"
 * group, a child's family put down, an accent called a nuisance; and
 * their look-alikes, which pass. */
static void
test_tonek_r22 (void)
{
  static const SpanCase vi[] = {
    { "m cu thu di ve duong do xem, t doi san", NC_CATEGORY_VIOLENCE,
      "m cu thu di ve duong do xem, t doi san", NC_EVIDENCE_LEXICON },
    { "thu bao co di, roi xem ai khoc", NC_CATEGORY_VIOLENCE, "thu bao co di, roi xem ai khoc", NC_EVIDENCE_LEXICON },
    { "m cứ thử mách cô xem, xem ai thiệt", NC_CATEGORY_VIOLENCE,
      "m cứ thử mách cô xem, xem ai thiệt", NC_EVIDENCE_LEXICON },
    { "cu gio cai mom ra nua di roi biet", NC_CATEGORY_VIOLENCE, "cu gio cai mom ra nua di roi biet", NC_EVIDENCE_LEXICON },
    { "t biet may hay di duong nao ve roi, di cho can than", NC_CATEGORY_VIOLENCE,
      "t biet may hay di duong nao ve roi, di cho can than", NC_EVIDENCE_LEXICON },
    { "quay clip no dang khoc roi dang len nhom lop cho vui", NC_CATEGORY_INSULT,
      "clip no dang khoc roi dang len nhom lop", NC_EVIDENCE_LEXICON },
    { "thoi ban ngoi cho khac di, ban nay cua tui minh", NC_CATEGORY_INSULT,
      "ngoi cho khac di, ban nay cua tui", NC_EVIDENCE_LEXICON },
    { "ban tu di mot minh di, tui minh ko muon di cung ban", NC_CATEGORY_INSULT,
      "tui minh ko muon di cung", NC_EVIDENCE_LEXICON },
    { "bo m di tu ma m con dam len mat a", NC_CATEGORY_INSULT, "bo m di tu ma m con dam len mat", NC_EVIDENCE_LEXICON },
    { "nha ko co bo ma con venh mat len", NC_CATEGORY_INSULT, "nha ko co bo ma con venh", NC_EVIDENCE_LEXICON },
    { "noi giong gi ma nhu nguoi rung, bot noi di", NC_CATEGORY_INSULT,
      "noi giong gi ma nhu nguoi rung, bot noi", NC_EVIDENCE_LEXICON },
    /* look-alikes */
    { "m thu an thu xem, ngon lam", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "cu thu mon nay di roi biet ngon the nao", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "t biet nha m o dau roi, chieu t qua choi", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "m mà còn thức khuya thì mai đừng trách t ko gọi dậy nha", NC_CATEGORY_VIOLENCE, NULL, NC_EVIDENCE_LEXICON },
    { "t co anh ca lop di da ngoai, toi nay up len group nhe", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "anh no moi dang len fb anh cuoi, dep lam", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "bo no di tu, no buon lam, tui minh an ui no nhe", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "nha no ngheo ma hoc gioi lam, ca lop phuc", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "giong hue cua ban ay nghe nhe nhang de thuong ghe", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
    { "ban ay noi ngong nhung hat hay lam, ca lop vo tay", NC_CATEGORY_INSULT, NULL, NC_EVIDENCE_LEXICON },
  };

  assert_warned_by_model_alone ("lan nao thi cung dung bet, ve ban nhi cho roi");
  assert_span_cases (vi, G_N_ELEMENTS (vi), "vi");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/checker/cases", test_cases);
  g_test_add_func ("/checker/finding-fields", test_finding_fields);
  g_test_add_func ("/checker/quotation-and-shop-lower", test_quotation_and_shop_lower);
  g_test_add_func ("/checker/bad-input", test_bad_input);
  g_test_add_func ("/checker/findings-in-order", test_findings_in_order);
  g_test_add_func ("/checker/threads", test_threads);
  g_test_add_func ("/checker/strings", test_strings);
  g_test_add_func ("/checker/share-reminder", test_share_reminder);
  g_test_add_func ("/checker/model-score-alone-marks-nothing", test_model_score_alone_marks_nothing);
  g_test_add_func ("/checker/model-toneless-features", test_model_toneless_features);
  g_test_add_func ("/checker/model-16-bit-weights", test_model_16_bit_weights);
  g_test_add_func ("/checker/model-role-features", test_model_role_features);
  g_test_add_func ("/checker/model-en-role-features", test_model_en_role_features);
  g_test_add_func ("/checker/model-files-read-in-place", test_model_files_read_in_place);
  g_test_add_func ("/checker/model-kept-features", test_model_kept_features);
  g_test_add_func ("/checker/tone-absent-r21", test_tone_absent_r21);
  g_test_add_func ("/checker/model-malformed", test_model_malformed);
  g_test_add_func ("/checker/evidence", test_evidence);
  g_test_add_func ("/checker/aimed", test_aimed);
  g_test_add_func ("/checker/said-of-things", test_said_of_things);
  g_test_add_func ("/checker/naming-never-alone", test_naming_never_alone);
  g_test_add_func ("/checker/mined-needs-offence", test_mined_needs_offence);
  g_test_add_func ("/checker/chat-forms", test_chat_forms);
  g_test_add_func ("/checker/handles-and-links", test_handles_and_links);
  g_test_add_func ("/checker/aimed-whole-draft", test_aimed_whole_draft);
  g_test_add_func ("/checker/en-grammar", test_en_grammar);
  g_test_add_func ("/checker/en-grammar-r8", test_en_grammar_r8);
  g_test_add_func ("/checker/gossip", test_gossip);
  g_test_add_func ("/checker/unkind-r11", test_unkind_r11);
  g_test_add_func ("/checker/en-r11", test_en_r11);
  g_test_add_func ("/checker/en-r12", test_en_r12);
  g_test_add_func ("/checker/vi-r12-composition", test_vi_r12_composition);
  g_test_add_func ("/checker/en-r12m", test_en_r12m);
  g_test_add_func ("/checker/en-r13e", test_en_r13e);
  g_test_add_func ("/checker/en-r13n", test_en_r13n);
  g_test_add_func ("/checker/en-r14e", test_en_r14e);
  g_test_add_func ("/checker/en-r14n", test_en_r14n);
  g_test_add_func ("/checker/en-r15e", test_en_r15e);
  g_test_add_func ("/checker/en-r15n", test_en_r15n);
  g_test_add_func ("/checker/en-r15m", test_en_r15m);
  g_test_add_func ("/checker/en-r16e", test_en_r16e);
  g_test_add_func ("/checker/tone-r11", test_tone_r11);
  g_test_add_func ("/checker/vi-r12", test_vi_r12);
  g_test_add_func ("/checker/tone2-r12", test_tone2_r12);
  g_test_add_func ("/checker/join-words", test_join_words);
  g_test_add_func ("/checker/span-tagger-marks", test_span_tagger_marks);
  g_test_add_func ("/checker/span-tagger-checker", test_span_tagger_checker);
  g_test_add_func ("/checker/explanations-language", test_explanations_language);
  g_test_add_func ("/checker/suggestion-by-kind", test_suggestion_by_kind);
  g_test_add_func ("/checker/swear-explanation", test_swear_explanation);
  g_test_add_func ("/checker/rumour-not-sourced", test_rumour_not_sourced);
  g_test_add_func ("/checker/vi-r12-smell", test_vi_r12_smell);
  g_test_add_func ("/checker/vi-r12-told", test_vi_r12_told);
  g_test_add_func ("/checker/vi-r13-told", test_vi_r13_told);
  g_test_add_func ("/checker/vi-r14-compo", test_vi_r14_compo);
  g_test_add_func ("/checker/vi-r15-compo", test_vi_r15_compo);
  g_test_add_func ("/checker/vi-r16-compo", test_vi_r16_compo);
  g_test_add_func ("/checker/vi-r17-compo", test_vi_r17_compo);
  g_test_add_func ("/checker/vi-r18-compo", test_vi_r18_compo);
  g_test_add_func ("/checker/vi-r13", test_vi_r13);
  g_test_add_func ("/checker/vi-r14", test_vi_r14);
  g_test_add_func ("/checker/tone-r14", test_tone_r14);
  g_test_add_func ("/checker/tone-r15", test_tone_r15);
  g_test_add_func ("/checker/dvi-r14", test_dvi_r14);
  g_test_add_func ("/checker/dvi-r15", test_dvi_r15);
  g_test_add_func ("/checker/dvi-r16", test_dvi_r16);
  g_test_add_func ("/checker/vi-r15", test_vi_r15);
  g_test_add_func ("/checker/vih-r16", test_vih_r16);
  g_test_add_func ("/checker/vi-r16", test_vi_r16);
  g_test_add_func ("/checker/r13-told", test_r13_told);
  g_test_add_func ("/checker/sorry-r16", test_sorry_r16);
  g_test_add_func ("/checker/self-r16", test_self_r16);
  g_test_add_func ("/checker/tone-r16", test_tone_r16);
  g_test_add_func ("/checker/den-r16", test_den_r16);
  g_test_add_func ("/checker/lead-r17", test_lead_r17);
  g_test_add_func ("/checker/crude-r17", test_crude_r17);
  g_test_add_func ("/checker/care-r17", test_care_r17);
  g_test_add_func ("/checker/care-r18", test_care_r18);
  g_test_add_func ("/checker/daily-r17", test_daily_r17);
  g_test_add_func ("/checker/kinds-r17", test_kinds_r17);
  g_test_add_func ("/checker/tone-r17", test_tone_r17);
  g_test_add_func ("/checker/chat-r17", test_chat_r17);
  g_test_add_func ("/checker/enk-r17", test_enk_r17);
  g_test_add_func ("/checker/en-r18", test_en_r18);
  g_test_add_func ("/checker/chat-r18", test_chat_r18);
  g_test_add_func ("/checker/tone-r18", test_tone_r18);
  g_test_add_func ("/checker/toneless-r19", test_toneless_r19);
  g_test_add_func ("/checker/vi-r18", test_vi_r18);
  g_test_add_func ("/checker/kinds-r19", test_kinds_r19);
  g_test_add_func ("/checker/lead-r18", test_lead_r18);
  g_test_add_func ("/checker/davidson-r19", test_davidson_r19);
  g_test_add_func ("/checker/everyday-r19", test_everyday_r19);
  g_test_add_func ("/checker/compo-r20", test_compo_r20);
  g_test_add_func ("/checker/endaily-r19", test_endaily_r19);
  g_test_add_func ("/checker/endaily-r20", test_endaily_r20);
  g_test_add_func ("/checker/ennot-r21", test_ennot_r21);
  g_test_add_func ("/checker/kid-model-r20", test_kid_model_r20);
  g_test_add_func ("/checker/kid-model-r20kv", test_kid_model_r20kv);
  g_test_add_func ("/checker/kid-model-r22kt", test_kid_model_r22kt);
  g_test_add_func ("/checker/lead-r20", test_lead_r20);
  g_test_add_func ("/checker/letters-one-by-one", test_letters_one_by_one);
  g_test_add_func ("/checker/typed-in-telex", test_typed_in_telex);
  g_test_add_func ("/checker/lead-r21", test_lead_r21);
  g_test_add_func ("/checker/vik-r22", test_vik_r22);
  g_test_add_func ("/checker/tonek-r22", test_tonek_r22);
  g_test_add_func ("/checker/compo-r21", test_compo_r21);
  g_test_add_func ("/checker/vidaily-r21", test_vidaily_r21);
  g_test_add_func ("/checker/enkinds-r22", test_enkinds_r22);
  g_test_add_func ("/checker/daily-r22", test_daily_r22);
  return nc_test_run_with_checker (&checker);
}

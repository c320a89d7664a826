// The entries of the registry, one function per document kind (each in its own KIND_kind.cpp).
#pragma once

#include "documents/kind.h"

namespace thidua::documents {

// The emulation agreement (giao ước thi đua).
DocumentKind agreement_kind();
// The attendance / sign-in list (danh sách đại biểu).
DocumentKind attendance_kind();
// The invitation letters (giấy mời).
DocumentKind invitations_kind();
// The plan of a movement launch (kế hoạch phát động phong trào thi đua).
DocumentKind plan_kind();
// The programme of the ceremony (chương trình hội nghị).
DocumentKind programme_kind();
// The master of ceremonies' script (kịch bản dẫn chương trình).
DocumentKind script_kind();
// The minutes of the ceremony (biên bản hội nghị).
DocumentKind minutes_kind();
// The score sheet of the agreement's criteria (bảng chấm điểm thi đua).
DocumentKind scoresheet_kind();
// The results of the year's scoring, with charts (kết quả chấm điểm, xếp hạng thi đua).
DocumentKind results_kind();
// The minutes of the review meeting (biên bản họp bình xét thi đua).
DocumentKind review_kind();
// The proposal for rewards (tờ trình đề nghị khen thưởng).
DocumentKind proposal_kind();
// The news article (bài viết), an HTML page.
DocumentKind article_kind();

}  // namespace thidua::documents

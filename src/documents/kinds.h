// The entries of the registry that have logic of their own, one function per kind (each in its own KIND_kind.cpp).
#pragma once

#include "documents/kind.h"

namespace thidua::documents {

// The attendance / sign-in list (danh sách đại biểu): sort and landscape options.
DocumentKind attendance_kind();
// The invitation letters (giấy mời): a letter per guest or unit, options checked against the event.
DocumentKind invitations_kind();
// The score sheet of the agreement's criteria (bảng chấm điểm thi đua): a unit or a blank sheet.
DocumentKind scoresheet_kind();
// The news article (bài viết), an HTML page.
DocumentKind article_kind();

}  // namespace thidua::documents

#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonObject>
#include <QList>

namespace Sandbox {

// A list answered as a page of the current revision (ping-api.md §0b, C# SDK GenericTransfer and
// PaginationLinks): {"data": [...], "_links": {"current", "first", "next"?, "previous"?}}, each link
// {"href"} a path with its query. `limit` (1–100, default 20) sets the page size; `after=<id>` (what
// a `next` or `previous` href carries) starts the page behind that item. The items keep creation
// order, and new ones are appended, so paging on never skips or repeats one.
namespace PageList {
constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 100;

// items: every item the filters kept, each with an "id". A bad limit or an unknown `after` → 422.
SandboxResponse answer(const SandboxRequest &request, const QList<QJsonObject> &items);
} // namespace PageList

} // namespace Sandbox

#pragma once

#include <QtGlobal>

// A SQLite VFS over the default (unix) one that plays a disk with a write cache, as SQLite's own
// crash tests do (src/test6.c, test_vfs.c): what a file is written stays in memory until that file
// is synced, reads see it as the page cache would, and at the crash point — the Nth sync from
// arming — the power goes: the writes not yet synced are dropped (or, with `keepShare`, a random
// share of them reached the platter, in any order), and every later call fails as on a dead
// disk. The files then hold exactly what a real power loss would have left. Registered as the
// default VFS, so Qt's SQLite driver (the system libsqlite3) and so the app's Database use it.
namespace PowerLossVfs {

// Registers the VFS as the default, once; false when SQLite refuses.
bool install();
// The power goes at the `syncs`th sync from now; `seed` draws which unsynced writes survive.
void arm(int syncs, quint32 seed, double keepShare = 0.0);
// The power is back: a plain disk again (every call passes through), nothing pending.
void disarm();
bool crashed();
int syncsSinceArmed();

} // namespace PowerLossVfs

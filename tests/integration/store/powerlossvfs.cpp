#include "powerlossvfs.h"

#include <QRandomGenerator>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <new>
#include <string>
#include <vector>

namespace PowerLossVfs {
namespace {

// A write or a truncation not yet synced, in the order it was made.
struct Pending
{
    sqlite3_int64 offset = 0;
    std::vector<char> data;
    bool truncate = false; // then offset is the new size
};

// What the OS holds of one path above the disk: shared by every handle on it, as a page cache is.
struct CachedFile
{
    std::vector<Pending> pending;
    sqlite3_file *writer = nullptr; // a real handle open on the path, to flush through
    int handles = 0;
};

struct Handle
{
    sqlite3_file base; // must be first: SQLite sees this
    sqlite3_file *real;
    std::string path;
    bool cached; // the database, its WAL or journal; temporary files go straight through
};

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
std::map<std::string, CachedFile> g_files;
int g_syncsLeft = -1; // -1: not armed
int g_syncs = 0;
bool g_crashed = false;
QRandomGenerator g_random;
double g_keepShare = 0;

Handle *handle(sqlite3_file *f)
{
    return reinterpret_cast<Handle *>(f);
}

int applyTo(sqlite3_file *real, const Pending &p)
{
    return p.truncate ? real->pMethods->xTruncate(real, p.offset)
                      : real->pMethods->xWrite(real, p.data.data(), int(p.data.size()), p.offset);
}

// The power goes: some unsynced writes reach the disk (a random share, in any order), the rest
// are lost; nothing after this is written.
void powerLoss()
{
    g_crashed = true;
    for (auto &[path, file] : g_files) {
        std::vector<Pending> kept;
        for (const Pending &p : file.pending) {
            if (g_keepShare > 0 && g_random.generateDouble() < g_keepShare)
                kept.push_back(p);
        }
        std::shuffle(kept.begin(), kept.end(), g_random);
        if (file.writer) {
            for (const Pending &p : kept)
                applyTo(file.writer, p);
        }
        file.pending.clear();
    }
}

sqlite3_int64 logicalSize(Handle *h, sqlite3_int64 realSize)
{
    sqlite3_int64 size = realSize;
    for (const Pending &p : g_files[h->path].pending)
        size = p.truncate ? p.offset : std::max(size, p.offset + sqlite3_int64(p.data.size()));
    return size;
}

int xClose(sqlite3_file *f)
{
    Handle *h = handle(f);
    CachedFile &file = g_files[h->path];
    // The handle goes, the page cache stays: flush through another handle, or keep it pending
    // until the path is opened again (a closed file's unsynced writes are still in the cache).
    if (file.writer == h->real)
        file.writer = nullptr;
    if (--file.handles == 0 && !g_crashed && g_syncsLeft < 0) {
        for (const Pending &p : file.pending)
            applyTo(h->real, p);
        file.pending.clear();
    }
    const int rc = h->real->pMethods->xClose(h->real);
    return rc;
}

int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    if (g_crashed)
        return SQLITE_IOERR_READ;
    Handle *h = handle(f);
    sqlite3_int64 realSize = 0;
    h->real->pMethods->xFileSize(h->real, &realSize);
    std::memset(buffer, 0, size_t(amount));
    int rc = h->real->pMethods->xRead(h->real, buffer, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    // The cache over the disk, in the order of the writes; a truncation cuts what lies beyond.
    auto *out = static_cast<char *>(buffer);
    for (const Pending &p : g_files[h->path].pending) {
        if (p.truncate) {
            if (p.offset < offset + amount) {
                const sqlite3_int64 from = std::max<sqlite3_int64>(p.offset, offset);
                std::memset(out + (from - offset), 0, size_t(offset + amount - from));
            }
            continue;
        }
        const sqlite3_int64 begin = std::max<sqlite3_int64>(p.offset, offset);
        const sqlite3_int64 end = std::min<sqlite3_int64>(p.offset + sqlite3_int64(p.data.size()), offset + amount);
        if (begin < end)
            std::memcpy(out + (begin - offset), p.data.data() + (begin - p.offset), size_t(end - begin));
    }
    return offset + amount > logicalSize(h, realSize) ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int xWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    if (g_crashed)
        return SQLITE_IOERR_WRITE;
    Handle *h = handle(f);
    if (g_syncsLeft < 0 || !h->cached)
        return h->real->pMethods->xWrite(h->real, data, amount, offset);
    CachedFile &file = g_files[h->path];
    file.writer = h->real;
    const char *bytes = static_cast<const char *>(data);
    file.pending.push_back(Pending {offset, std::vector<char>(bytes, bytes + amount), false});
    return SQLITE_OK;
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (g_crashed)
        return SQLITE_IOERR_TRUNCATE;
    Handle *h = handle(f);
    if (g_syncsLeft < 0 || !h->cached)
        return h->real->pMethods->xTruncate(h->real, size);
    CachedFile &file = g_files[h->path];
    file.writer = h->real;
    file.pending.push_back(Pending {size, {}, true});
    return SQLITE_OK;
}

int xSync(sqlite3_file *f, int flags)
{
    if (g_crashed)
        return SQLITE_IOERR_FSYNC;
    Handle *h = handle(f);
    if (g_syncsLeft >= 0) {
        ++g_syncs;
        if (--g_syncsLeft == 0) {
            powerLoss();
            return SQLITE_IOERR_FSYNC;
        }
    }
    CachedFile &file = g_files[h->path];
    for (const Pending &p : file.pending) {
        if (const int rc = applyTo(h->real, p); rc != SQLITE_OK)
            return rc;
    }
    file.pending.clear();
    // Armed, the cache above is the disk model: what is applied now is what survives, and the
    // process never loses its power for real, so the real fsync would only cost time.
    return g_syncsLeft >= 0 ? SQLITE_OK : h->real->pMethods->xSync(h->real, flags);
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    if (g_crashed)
        return SQLITE_IOERR_FSTAT;
    Handle *h = handle(f);
    sqlite3_int64 realSize = 0;
    const int rc = h->real->pMethods->xFileSize(h->real, &realSize);
    *size = logicalSize(h, realSize);
    return rc;
}

int xLock(sqlite3_file *f, int level)
{
    return handle(f)->real->pMethods->xLock(handle(f)->real, level);
}
int xUnlock(sqlite3_file *f, int level)
{
    return handle(f)->real->pMethods->xUnlock(handle(f)->real, level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return handle(f)->real->pMethods->xCheckReservedLock(handle(f)->real, out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    // A size hint would grow the real file behind the cache; SQLite does without it.
    if (op == SQLITE_FCNTL_SIZE_HINT || op == SQLITE_FCNTL_CHUNK_SIZE)
        return SQLITE_NOTFOUND;
    return handle(f)->real->pMethods->xFileControl(handle(f)->real, op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return handle(f)->real->pMethods->xSectorSize(handle(f)->real);
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return handle(f)->real->pMethods->xDeviceCharacteristics(handle(f)->real);
}
// The WAL index is shared memory, not the disk: rebuilt from the WAL after a crash.
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return handle(f)->real->pMethods->xShmMap(handle(f)->real, region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return handle(f)->real->pMethods->xShmLock(handle(f)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    handle(f)->real->pMethods->xShmBarrier(handle(f)->real);
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return handle(f)->real->pMethods->xShmUnmap(handle(f)->real, deleteFlag);
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    Handle *h = handle(f);
    h->real = reinterpret_cast<sqlite3_file *>(h + 1);
    const int rc = g_real->xOpen(g_real, name, h->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        f->pMethods = nullptr;
        return rc;
    }
    new (&h->path) std::string(name ? name : "");
    h->cached = name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) != 0;
    ++g_files[h->path].handles;
    f->pMethods = &g_methods;
    return SQLITE_OK;
}

int xClosePath(sqlite3_file *f)
{
    Handle *h = handle(f);
    const int rc = xClose(f);
    h->path.~basic_string();
    return rc;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    if (g_crashed)
        return SQLITE_IOERR_DELETE;
    g_files[name].pending.clear();
    return g_real->xDelete(g_real, name, syncDir);
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}
void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}
void xDlError(sqlite3_vfs *, int n, char *out)
{
    g_real->xDlError(g_real, n, out);
}
void (*xDlSym(sqlite3_vfs *, void *lib, const char *symbol))(void)
{
    return g_real->xDlSym(g_real, lib, symbol);
}
void xDlClose(sqlite3_vfs *, void *lib)
{
    g_real->xDlClose(g_real, lib);
}
int xRandomness(sqlite3_vfs *, int n, char *out)
{
    return g_real->xRandomness(g_real, n, out);
}
int xSleep(sqlite3_vfs *, int us)
{
    return g_real->xSleep(g_real, us);
}
int xCurrentTime(sqlite3_vfs *, double *out)
{
    return g_real->xCurrentTime(g_real, out);
}
int xGetLastError(sqlite3_vfs *, int n, char *out)
{
    return g_real->xGetLastError(g_real, n, out);
}
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

bool install()
{
    if (g_real)
        return true;
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real)
        return false;
    g_methods = sqlite3_io_methods {};
    g_methods.iVersion = 2; // shared memory for WAL, but no mmap: every read comes through xRead
    g_methods.xClose = xClosePath;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xLock = xLock;
    g_methods.xUnlock = xUnlock;
    g_methods.xCheckReservedLock = xCheckReservedLock;
    g_methods.xFileControl = xFileControl;
    g_methods.xSectorSize = xSectorSize;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmUnmap = xShmUnmap;

    g_vfs = sqlite3_vfs {};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(Handle)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "stallpay-powerloss";
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = xDlOpen;
    g_vfs.xDlError = xDlError;
    g_vfs.xDlSym = xDlSym;
    g_vfs.xDlClose = xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

void arm(int syncs, quint32 seed, double keepShare)
{
    g_syncsLeft = syncs;
    g_syncs = 0;
    g_crashed = false;
    g_random.seed(seed);
    g_keepShare = keepShare;
}

void disarm()
{
    g_syncsLeft = -1;
    g_crashed = false;
    for (auto &[path, file] : g_files)
        file.pending.clear();
}

bool crashed()
{
    return g_crashed;
}

int syncsSinceArmed()
{
    return g_syncs;
}

} // namespace PowerLossVfs

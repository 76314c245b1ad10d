// System calls that Swift's Glibc module does not import: extended attributes (and with them
// POSIX ACLs), which an atomic replace must carry over to the new file.
#include <sys/types.h>
#include <sys/xattr.h>

#ifndef INGESTLINT_CLIBXML2_SHIM_H
#define INGESTLINT_CLIBXML2_SHIM_H

// ICU support in libxml2's headers clashes with Foundation's bundled ICU in clean builds.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>

// xmlFree is a mutable global function pointer, which Swift 6 rejects; call it through here.
static inline void ingestlint_xmlFree(void *pointer) { xmlFree(pointer); }

static inline const char *ingestlint_libxml_version(void) { return LIBXML_DOTTED_VERSION; }

#endif

// Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev: the GFM edition of cmark
// and its core extensions (table, strikethrough, autolink, tagfilter, tasklist).
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

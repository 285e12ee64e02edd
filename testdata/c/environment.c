// PORT3xx in C: getenv/setenv of the variables the Python rules catalog.
#define _GNU_SOURCE
#include <stdlib.h>

const char *trust(void) {
  const char *bundle = getenv("SSL_CERT_FILE");  // expect: PORT301
  const char *greendns = secure_getenv("EVENTLET_NO_GREENDNS");  // expect: PORT302
  const char *preload = getenv("LD_PRELOAD");  // expect: PORT303
  const char *tz = getenv("TZ");  // expect: PORT304
  const char *tmp = getenv("TMPDIR");  // expect: PORT305
  const char *proxy = getenv("https_proxy");  // expect: PORT306
  const char *user = getenv("USER");  // expect: PORT310
  const char *debug = getenv("myapp_debug");  // expect: PORT312
  const char *mine = getenv("MYAPP_DEBUG");  // ok: PORT312
  setenv("SSL_CERT_DIR", "/srv/certs", 1);  // expect: PORT320
  return bundle ? bundle : greendns ? greendns : preload ? preload : tz ? tz : tmp ? tmp : proxy ? proxy
       : user ? user : debug ? debug : mine;
}

const char *data_dir(void) {
  return getenv("APPDATA");  // expect: PORT311
}

// Reading both platforms' variables is the portable way.
const char *home(void) {
  const char *h = getenv("HOME");  // ok: PORT310
  return h ? h : getenv("USERPROFILE");  // ok: PORT311
}

# The CDN stand-in in front of the load balancer (Varnish 7, Debian's varnish). It behaves
# like the strictest common CDN, so what passes here passes any CDN:
# - the cache key is the URL (and host) alone: no cookie, header or Vary but
#   Accept-Encoding makes two answers differ, as on a CDN that ignores Vary;
# - CDN-Cache-Control (RFC 9213) decides what is kept and for how long; without it, only
#   a public Cache-Control with a lifetime (Next's static files, the open data);
# - only a 200 is ever kept: never a redirect, a 404, an error;
# - nothing the site sends is removed (CSP, Cache-Control: no-store for the browser,
#   Vary...), and nothing is added but Varnish's own X-Varnish, Age and Via; no cookie.
# When every instance is down (the load balancer cannot connect, or answers 502-504
# itself), the answer comes from the static mirror (npm run export:mirror): the page's
# file, the 404 page for an unknown address, and for search, filtered listings and the
# sheet the "search is unavailable" page with a 503. Mirror answers are never kept, so
# the site is back the moment one instance is.
# Placeholders, filled in by scripts/deploy/stack.ts (render): LB_HOST, LB_PORT, MIRROR_HOST, MIRROR_PORT.
vcl 4.1;

import std;

backend site {
  .host = "${LB_HOST}";
  .port = "${LB_PORT}";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
}

backend mirror {
  .host = "${MIRROR_HOST}";
  .port = "${MIRROR_PORT}";
  .connect_timeout = 2s;
}

sub vcl_recv {
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Cookies, Authorization and the router's headers do not make a request private here:
  # a CDN that keys on the URL alone would look it up all the same.
  return (hash);
}

sub vcl_hash {
  hash_data(req.url);
  hash_data(req.http.host);
  return (lookup);
}

sub vcl_backend_fetch {
  if (bereq.retries == 0) {
    set bereq.backend = site;
    return (fetch);
  }
  set bereq.backend = mirror;
  unset bereq.http.Cookie;
  if (!bereq.http.X-Mirror-Path) {
    call mirror_path;
  }
  set bereq.url = bereq.http.X-Mirror-Path;
  return (fetch);
}

# Which file of the mirror answers an address, and with which status.
sub mirror_path {
  set bereq.http.X-Mirror-Lang = regsub(bereq.url, "^(/fr)?(/.*)?$", "\1");
  set bereq.http.X-Mirror-Address = regsub(regsub(bereq.url, "[?#].*$", ""), "(.)/+$", "\1");
  # The query without Next's own _rsc parameter: anything left is a filter.
  set bereq.http.X-Mirror-Query = regsuball(regsub(bereq.url, "^[^?]*\??", ""), "(^|&)_rsc=[^&]*", "");
  if (bereq.http.X-Mirror-Address ~ "^(/fr)?/(search|sheet)$" ||
      (bereq.http.X-Mirror-Address ~ "^(/fr)?/(hotlines|services|care-units|coalitions|legal-supports)$" && bereq.http.X-Mirror-Query ~ "[^&]")) {
    set bereq.http.X-Mirror-Path = bereq.http.X-Mirror-Lang + "/unavailable.html";
    set bereq.http.X-Mirror-Status = "503";
  } elsif (bereq.http.X-Mirror-Address ~ "^/(_next/|open-data/.+\.json$|icon\.svg$)") {
    set bereq.http.X-Mirror-Path = bereq.http.X-Mirror-Address;
  } elsif (bereq.http.X-Mirror-Address == "/") {
    set bereq.http.X-Mirror-Path = "/index.html";
  } elsif (bereq.http.X-Mirror-Address ~ "\.") {
    # No page address has a dot: an unknown file is the 404 page.
    set bereq.http.X-Mirror-Path = bereq.http.X-Mirror-Lang + "/page-not-found.html";
    set bereq.http.X-Mirror-Status = "404";
  } else {
    set bereq.http.X-Mirror-Path = bereq.http.X-Mirror-Address + ".html";
  }
}

sub vcl_backend_response {
  if (bereq.retries == 0 && beresp.status >= 502 && beresp.status <= 504) {
    # The load balancer's own answer: no instance could answer. Ask the mirror.
    return (retry);
  }
  if (bereq.backend == mirror) {
    if (beresp.status == 404 && !bereq.http.X-Mirror-Status) {
      # Not a page of the mirror: its language's 404 page, with a 404.
      set bereq.http.X-Mirror-Path = bereq.http.X-Mirror-Lang + "/page-not-found.html";
      set bereq.http.X-Mirror-Status = "404";
      return (retry);
    }
    if (beresp.status == 200 && bereq.http.X-Mirror-Status) {
      set beresp.status = std.integer(bereq.http.X-Mirror-Status, 503);
      set beresp.reason = "Service Unavailable";
      if (beresp.status == 404) {
        set beresp.reason = "Not Found";
      }
    }
    set beresp.http.X-Served-From = "mirror";
    set beresp.ttl = 0s;
    set beresp.grace = 0s;
    set beresp.uncacheable = true;
    return (deliver);
  }

  # Ignore Vary but Accept-Encoding when storing; the browser still gets the site's Vary.
  if (beresp.http.Vary) {
    set beresp.http.X-Site-Vary = beresp.http.Vary;
    if (beresp.http.Vary ~ "(?i)accept-encoding") {
      set beresp.http.Vary = "Accept-Encoding";
    } else {
      unset beresp.http.Vary;
    }
  }

  if (beresp.status == 200 && !beresp.http.Set-Cookie && beresp.http.CDN-Cache-Control ~ "(?i)(^|[ ,])max-age=[0-9]+" &&
      beresp.http.CDN-Cache-Control !~ "(?i)no-store|no-cache|private") {
    set beresp.ttl = std.duration(regsub(beresp.http.CDN-Cache-Control, "(?i)^.*max-age=([0-9]+).*$", "\1") + "s", 0s);
  } elsif (beresp.status == 200 && !beresp.http.Set-Cookie && !beresp.http.CDN-Cache-Control && beresp.http.Cache-Control ~ "(?i)public" &&
      beresp.http.Cache-Control !~ "(?i)no-store|no-cache|private" && beresp.ttl > 0s) {
    # Varnish already read the lifetime from Cache-Control (s-maxage or max-age).
  } else {
    set beresp.ttl = 0s;
  }
  if (beresp.ttl <= 0s) {
    # Never kept: the next request for this URL goes to an instance again (hit-for-miss).
    set beresp.ttl = 60s;
    set beresp.grace = 0s;
    set beresp.uncacheable = true;
  }
  return (deliver);
}

sub vcl_backend_error {
  if (bereq.retries == 0) {
    # The load balancer is unreachable too: ask the mirror.
    return (retry);
  }
  # Mirror unreachable as well: the two numbers, with a policy that allows nothing.
  set beresp.status = 503;
  set beresp.http.Content-Type = "text/html; charset=utf-8";
  set beresp.http.Cache-Control = "no-store, max-age=0";
  set beresp.http.Content-Security-Policy = "default-src 'none'; frame-ancestors 'none'";
  set beresp.http.Referrer-Policy = "no-referrer";
  set beresp.http.X-Content-Type-Options = "nosniff";
  synthetic({"<!doctype html><html lang="en-CA"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Call for help</title>
<p><a href="https://www.theweathernetwork.com/ca" rel="noreferrer">Leave this site</a></p>
<h1>This site is down right now</h1><p>In danger now? <a href="tel:911">Call 911</a>.</p>
<p>Canadian Human Trafficking Hotline, 24/7: <a href="tel:+18339001010">1-833-900-1010</a></p>
<div lang="fr-CA"><h1>Ce site est hors service pour le moment</h1><p>En danger maintenant? <a href="tel:911">Appelez le 911</a>.</p>
<p>Ligne d’urgence canadienne contre la traite des personnes, 24 h/24, 7 j/7&nbsp;: <a href="tel:+18339001010">1 833 900-1010</a></p></div>
<p>This site keeps no cookies and no record of your visit. / Ce site ne garde aucun témoin ni aucune trace de votre visite.</p></html>"});
  return (deliver);
}

sub vcl_deliver {
  if (resp.http.X-Site-Vary) {
    set resp.http.Vary = resp.http.X-Site-Vary;
    unset resp.http.X-Site-Vary;
  }
}

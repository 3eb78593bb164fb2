// Loaded before Next's standalone server (node --require ./drain-on-sigterm.cjs server.js;
// scripts/lib/standalone.ts copies it into the standalone folder). Measured by
// npm run test:deploy: on SIGTERM, Next's server stops accepting connections and waits
// for the requests in flight, as it should, but a load balancer's kept-alive connections
// keep bringing it new requests, so under load it never exits. From SIGTERM on, every
// answer closes its connection: the load balancer opens its next one elsewhere (a refused
// connection is retried on the next instance), and the server exits once the last answer
// is sent.
const http = require("node:http");

let draining = false;
process.once("SIGTERM", () => {
  draining = true;
});

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, response) {
  if (draining && event === "request") response.setHeader("Connection", "close");
  return emit.apply(this, arguments);
};

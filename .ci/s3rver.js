// Starts s3rver, an S3-compatible server, on a free loopback port for the model-store tests and
// prints its endpoint once it listens. Usage: node .ci/s3rver.js DATA_DIR
'use strict';
const S3rver = require('s3rver');

const directory = process.argv[2];
if (!directory) {
  console.error('usage: node .ci/s3rver.js DATA_DIR');
  process.exit(2);
}

const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
server.run().then(({ address, port }) => {
  console.log(`http://${address}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close().then(() => process.exit(0)));
}

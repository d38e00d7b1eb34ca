#!/usr/bin/env node
// HTTPS certificates for the dev server (https://localhost:3000), which Office requires.
//
// Windows and macOS: office-addin-dev-certs generates the certificates and trusts its CA
// (it asks for the password once on macOS).
// Linux: office-addin-dev-certs can only trust the CA with `sudo update-ca-certificates`,
// which needs sudo (often missing, or interactive) and does not reach browsers anyway
// (Chromium and Firefox keep their own NSS stores). So on Linux we only generate the
// certificates, without root, and print how to trust the CA in the browser.
//
// `node scripts/dev-certs.js` generates (if needed) and prints where the files are.
'use strict';
const fs = require('fs');
const crypto = require('crypto');

const devCerts = require('office-addin-dev-certs');
const defaults = require('office-addin-dev-certs/lib/defaults');

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** True when the CA, certificate and key all exist and the certificate is valid for at least a day. */
function filesAreUsable() {
  const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
  if (!files.every((f) => fs.existsSync(f))) return false;
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(defaults.localhostCertificatePath));
    return Date.parse(cert.validTo) - Date.now() > ONE_DAY_MS;
  } catch {
    return false;
  }
}

function readOptions() {
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

function linuxTrustHint() {
  const ca = defaults.caCertificatePath;
  return [
    'The dev certificate authority is not trusted automatically on Linux. To trust it:',
    `  Chromium/Chrome: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i "${ca}"`,
    '                   (certutil is in the Debian package libnss3-tools)',
    `  Firefox:         Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import "${ca}"`,
    `  Or open https://localhost:3000/taskpane.html once and accept the warning.`,
  ].join('\n');
}

/** Options for webpack-dev-server's `server.options`: { ca, cert, key }. */
async function getHttpsOptions() {
  if (process.platform === 'win32' || process.platform === 'darwin') {
    return devCerts.getHttpsServerOptions();
  }
  if (!filesAreUsable()) {
    // generateCertificates refuses to overwrite an existing CA file; clear stale ones first.
    for (const f of [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath]) {
      fs.rmSync(f, { force: true });
    }
    await devCerts.generateCertificates();
    console.log(linuxTrustHint());
  }
  return readOptions();
}

module.exports = { getHttpsOptions, linuxTrustHint, certificateDirectory: defaults.certificateDirectory };

if (require.main === module) {
  getHttpsOptions()
    .then(() => {
      console.log(`Dev certificates: ${defaults.certificateDirectory}`);
    })
    .catch((err) => {
      console.error(err.message || err);
      process.exit(1);
    });
}

// Copies what the pages need from govuk-frontend into src/main/resources/static, where the
// compiled files are committed (so the Java build needs no Node.js). Run by `npm run build:css`.
//
// Not copied, on purpose:
// - assets/fonts: the GDS Transport typeface is only for services on GOV.UK (we use system fonts);
// - the GOV.UK crown images (favicons, app icons, crest, Open Graph image) and manifest.json,
//   which point at them: the crown belongs to GOV.UK. Our own icon is static/favicon.ico.
import { cpSync, mkdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
const target = join(root, "src", "main", "resources", "static");

const excluded = new Set([
  "fonts",
  "manifest.json",
  "favicon.ico",
  "favicon.svg",
  "govuk-crest.svg",
  "govuk-opengraph-image.png",
  "govuk-icon-mask.svg",
]);
const isExcluded = (path) => {
  const name = basename(path);
  return excluded.has(name) || name.startsWith("govuk-icon-");
};

mkdirSync(join(target, "js"), { recursive: true });
for (const file of ["govuk-frontend.min.js", "govuk-frontend.min.js.map"]) {
  cpSync(join(govuk, file), join(target, "js", file));
}
cpSync(join(govuk, "assets"), join(target, "assets"), {
  recursive: true,
  filter: (source) => !isExcluded(source),
});
console.log("Copied govuk-frontend.min.js and assets (without fonts or crown images)");

// Noto Naskh Arabic for Urdu, with its licence: the stylesheet loads it only for a page that has
// Arabic-script letters on it (unicode-range), so that Urdu joins and shows on every device.
const naskh = join(root, "node_modules", "@fontsource", "noto-naskh-arabic");
mkdirSync(join(target, "assets", "fonts"), { recursive: true });
for (const weight of ["400", "700"]) {
  const file = `noto-naskh-arabic-arabic-${weight}-normal.woff2`;
  cpSync(join(naskh, "files", file), join(target, "assets", "fonts", file));
}
cpSync(join(naskh, "LICENSE"), join(target, "assets", "fonts", "noto-naskh-arabic-OFL.txt"));
console.log("Copied Noto Naskh Arabic (400, 700) for Urdu");

// Lint rules for the whole repository: typescript-eslint's recommended set, plus the purity of shared/.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "out/", "functions/lib/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "crypto", "exceljs", "firebase-*", "@google-cloud/*"],
              message: "shared/ is pure: no Node, Apps Script or Firebase imports.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier",
          message:
            'Use `import * as z from "zod"`: the named form pulls in every locale and triples the Apps Script bundle.',
        },
      ],
      "no-restricted-globals": ["error", "process", "Buffer", "URL", "atob", "btoa", "require"],
    },
  },
);

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
    files: ["shared/**/*.ts", "apps-script/**/*.ts"],
    ignores: ["apps-script/build.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "zod",
              message:
                'Use `import * as z from "zod/mini"`: classic zod is not tree-shakable and would not fit the Apps Script bundle.',
            },
          ],
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "crypto", "exceljs", "firebase-*", "@google-cloud/*"],
              message: "shared/ and the add-on are pure: no Node or Firebase imports.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value='zod/mini'] > ImportSpecifier",
          message: 'Use `import * as z from "zod/mini"`, one namespace for every schema.',
        },
      ],
      "no-restricted-globals": [
        "error",
        "process",
        "Buffer",
        "URL",
        "atob",
        "btoa",
        "require",
        "structuredClone",
      ],
    },
  },
  {
    // Layers read one way: shared/ ← adapters (apps-script/, functions/, xlsx/) ← node/ (CLI, demo).
    files: ["functions/**/*.ts", "xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/node/**", "!node:*"],
              message:
                "functions/ and xlsx/ do not import node/ (the CLI and the demo): move the code to xlsx/ or shared/.",
            },
          ],
        },
      ],
    },
  },
);

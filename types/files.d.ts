// ttshim's declarations of the drive and its files (see index.d.ts):
// tt.docsPicker and tt.filePicker (tt's alone), tt.openDocument and
// tt.saveFile (with their Taro twins), the `documents` and `files`
// configuration keys and the pickers' dialog.

import type { TaroAsyncApi, TtAsyncApi, TtAsyncApiOptional, TtSuccess } from "./contract.js";

/** `tt.docsPicker`'s option. */
export interface DocsPickerOption {
  /** The picker's title. Default: the client's own (Select Docs / 选择云文档). */
  pickerTitle?: string;
  /** The confirm button's text. Default: the client's own (Select / 选择). */
  pickerConfirm?: string;
}

/**
 * `tt.docsPicker`'s success, the documents in the order picked. A cancel
 * fails with `{errMsg: "docsPicker:cancel", errno: 102, errString: "user cancel"}`.
 */
export interface DocsPickerSuccess extends TtSuccess {
  fileList: { filePath: string; fileName: string }[];
}

/** `tt.filePicker`'s option. */
export interface FilePickerOption {
  /** The most files picked, a positive integer. Default: no limit. */
  maxNum?: number;
  /** The phone's own file picker (Android and iOS V3.8.0+; one file). PC ignores it; Harmony always uses it. */
  isSystem?: boolean;
  /** The picker's title (V3.37.0+, Feishu's picker). */
  pickerTitle?: string;
  /** The confirm button's text (phones V3.37.0+, PC V3.37–V3.40, Feishu's picker). */
  pickerConfirm?: string;
  /** Types to list, `["pdf", "png"]` (Android V7.7.0+; iOS and PC list every file). */
  supportFileTypes?: string[];
}

/**
 * `tt.filePicker`'s success, the files in the order picked, each copied to
 * `ttfile://temp/<uuid>-<name>`. A cancel fails with
 * `{errMsg: "filePicker:cancel", errno: 102, errString: "user cancel"}`.
 */
export interface FilePickerSuccess extends TtSuccess {
  list: { path: string; name: string; size: number }[];
}

/** `tt.openDocument`'s option. */
export interface OpenDocumentOption {
  /** A `ttfile://` path the page was given, or with `fileType: "cloudFile"` a document's `url`. */
  filePath: string;
  /** The type to open as; a file's name must end with it. */
  fileType?: "doc" | "docx" | "xls" | "xlsx" | "ppt" | "pptx" | "pdf" | "zip" | "cloudFile" | "eml";
  /** Checked; the viewer draws no menu. Default true. */
  showMenu?: boolean;
  /** Checked. Default false. */
  padFullScreen?: boolean;
}

/** `tt.saveFile`'s option. */
export interface SaveFileOption {
  /** A `ttfile://temp/…` path; it is gone once saved. */
  tempFilePath: string;
  /** `ttfile://user/<name>`; PC ignores it. Default: a name of the client's. */
  filePath?: string;
}

/** `tt.saveFile`'s success. */
export interface SaveFileSuccess extends TtSuccess {
  savedFilePath: string;
}

/** The drive APIs ttshim simulates on `tt`. */
export interface TtFiles {
  /** Shows the cloud documents of `documents` and waits for the person's pick. */
  docsPicker: TtAsyncApiOptional<DocsPickerOption, DocsPickerSuccess>;
  /** Shows the files of `files` and waits for the person's pick. */
  filePicker: TtAsyncApiOptional<FilePickerOption, FilePickerSuccess>;
  /** Opens the viewer over the page; succeeds once it is open. */
  openDocument: TtAsyncApi<OpenDocumentOption, TtSuccess>;
  /** Moves a temporary file into `ttfile://user/`. */
  saveFile: TtAsyncApi<SaveFileOption, SaveFileSuccess>;
}

/** Taro's twins. */
export interface TaroFiles {
  openDocument: TaroAsyncApi<OpenDocumentOption, TtSuccess>;
  saveFile: TaroAsyncApi<SaveFileOption, SaveFileSuccess>;
}

/** For `ttShim.override` and the call log: the APIs with a Taro twin. */
export interface FilesAsyncApis {
  openDocument: { option: OpenDocumentOption; success: TtSuccess };
  saveFile: { option: SaveFileOption; success: SaveFileSuccess };
}

/** For `ttShim.override` and the call log: tt's own. */
export interface FilesOwnAsyncApis {
  docsPicker: { option: DocsPickerOption; success: DocsPickerSuccess };
  filePicker: { option: FilePickerOption; success: FilePickerSuccess };
}

/** The cloud document types. */
export type CloudDocumentType = "doc" | "docx" | "sheet" | "bitable" | "mindnote" | "slides" | "file" | "wiki" | "folder";

/** A cloud document of `documents`. */
export interface CloudDocument {
  /** Unique; what `ttShim.answer([titles])` picks by. */
  title: string;
  /** Default `"docx"`. */
  type?: CloudDocumentType;
  /** Default: a link derived from the type and title. */
  url?: string;
  /** A user's openId. Default: the first user's. */
  owner?: string;
  /** When it was last edited, in milliseconds since the epoch. */
  modified?: number;
}

/** A file of `files`. */
export interface TenantFile {
  /** Unique; what `ttShim.answer([names])` picks by. */
  name: string;
  /** Default: the name's extension, lower-cased. */
  type?: string;
  /** The bytes reported and, without `content`, generated (0 to 50 MB). Default: the content's. */
  size?: number;
  /** The file's bytes: text, or base64 with `encoding: "base64"`. */
  content?: string;
  encoding?: "utf8" | "base64";
}

/** The drive pickers (`kind: "docs"`, `"files"`): answered by a list of names, an index or `"cancel"`. */
export interface FilesDialog {
  id: number;
  kind: "docs" | "files";
  api: "tt.docsPicker" | "tt.filePicker";
  files: {
    title?: string;
    confirm?: string;
    maxNum?: number;
    system?: true;
    items: { name: string; type: string; size?: number; url?: string; owner?: string; modified?: number }[];
  };
}

// Only what is marked `export` above is exported (a declaration file
// exports everything otherwise).
export {};

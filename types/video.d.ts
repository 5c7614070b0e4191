// ttshim's declarations of tt.chooseVideo, tt.chooseMedia and
// tt.saveVideoToPhotosAlbum, with their options and results (see tt.d.ts,
// taro.d.ts).

import type { TaroAsyncApi, TaroAsyncApiOptional, TtAsyncApi, TtAsyncApiOptional, TtSuccess } from "./contract.js";

/** `tt.chooseVideo`'s option. */
export interface ChooseVideoOption {
  /** Where the video comes from. Default `["album", "camera"]`; PC has only the album. */
  sourceType?: ("album" | "camera")[];
  /**
   * The longest video, in seconds, above 0. Default 60. On a phone at most
   * 180 (iOS with `compressed: false`: no limit); a longer album video
   * fails with errno 1301004; the camera stops recording there. PC has no limit.
   */
  maxDuration?: number;
  /** Compress the video. Default true; checked, with no effect. */
  compressed?: boolean;
}

/**
 * `tt.chooseVideo`'s success. A cancel fails with
 * `{errMsg: "chooseVideo:cancel", errno: 1301001, errString: "User canceled the operation"}`.
 */
export interface ChooseVideoSuccess extends TtSuccess {
  /** A `ttfile://temp/….mp4` path. */
  tempFilePath: string;
  /** In bytes. */
  size: number;
  /** In seconds (absent on PC). */
  duration?: number;
  /** In pixels (absent on PC). */
  width?: number;
  /** In pixels (absent on PC). */
  height?: number;
}

/** `tt.chooseMedia`'s option. */
export interface ChooseMediaOption {
  /** What may be picked. Default `["image", "video"]`. */
  mediaType?: ("image" | "video")[];
  /** Where from. Default `["album", "camera"]`; PC has only the album. */
  sourceType?: ("album" | "camera")[];
  /** The most the album picks: a whole number from 1 to 20 (9 below V5.30.0). Default 9; the camera takes one. */
  count?: number;
  /** Original or compressed. Default `["original", "compressed"]`. */
  sizeType?: ("original" | "compressed")[];
  /** The camera's longest recording, 3 to 60 seconds on iOS and Android (ignored elsewhere). Default 60. */
  maxDuration?: number;
  /** The camera's side. Default `"back"`. */
  cameraDevice?: "front" | "back";
  /** Save the camera's capture to the album: `"0"` (default) or `"1"`. */
  isSaveToAlbum?: "0" | "1";
}

/** A file `tt.chooseMedia` gives the page. */
export interface ChosenMedia {
  /** A `ttfile://temp/…` path. */
  tempFilePath: string;
  /** What it is. */
  type: "image" | "video";
  /** In bytes. */
  size: number;
  /** A video's, in seconds (absent on PC). */
  duration?: number;
  /** A video's, in pixels (absent on PC). */
  width?: number;
  /** A video's, in pixels (absent on PC). */
  height?: number;
}

/**
 * `tt.chooseMedia`'s success, the files in the order picked. A cancel fails
 * with `{errMsg: "chooseMedia:cancel", errno: 1301001, errString: "User canceled the operation"}`.
 */
export interface ChooseMediaSuccess extends TtSuccess {
  tempFiles: ChosenMedia[];
}

/** `tt.saveVideoToPhotosAlbum`'s option. */
export interface SaveVideoToPhotosAlbumOption {
  /** A video's `ttfile://` path the page was given, not a network URL. */
  filePath: string;
}

/** The APIs above on `tt`. */
export interface TtVideoApis {
  /** Opens the video picker (the album, or the camera); answers a `ttfile://temp/….mp4` path, or fails with a cancel. */
  chooseVideo: TtAsyncApiOptional<ChooseVideoOption, ChooseVideoSuccess>;
  /** Opens the picker of images and videos; answers the files picked, or fails with a cancel. */
  chooseMedia: TtAsyncApiOptional<ChooseMediaOption, ChooseMediaSuccess>;
  /** Saves a video to the album (iOS and Android ask for `scope.writePhotosAlbum`); the call log records it. */
  saveVideoToPhotosAlbum: TtAsyncApi<SaveVideoToPhotosAlbumOption, TtSuccess>;
}

/** Their Taro twins (Feishu's results: `tempFiles[].type`, not WeChat's `fileType`). */
export interface TaroVideoApis {
  chooseVideo: TaroAsyncApiOptional<ChooseVideoOption, ChooseVideoSuccess>;
  chooseMedia: TaroAsyncApiOptional<ChooseMediaOption, ChooseMediaSuccess>;
  saveVideoToPhotosAlbum: TaroAsyncApi<SaveVideoToPhotosAlbumOption, TtSuccess>;
}

/** The async APIs above, by bare name (each with a Taro twin): option and success, for `ttShim.override`. */
export interface VideoAsyncApis {
  chooseVideo: { option: ChooseVideoOption; success: ChooseVideoSuccess };
  chooseMedia: { option: ChooseMediaOption; success: ChooseMediaSuccess };
  saveVideoToPhotosAlbum: { option: SaveVideoToPhotosAlbumOption; success: TtSuccess };
}

/** A video of `media.videos`. */
export interface MediaVideo {
  /** Unique among `media.images` and `media.videos`; what `ttShim.answer([names])` picks by. */
  name: string;
  /** In seconds, above 0. */
  duration: number;
  /** In pixels, 1 to 10000. */
  width: number;
  /** In pixels, 1 to 10000. */
  height: number;
  /** The byte size reported; default the MP4 ttshim writes (a header of some 250 bytes). */
  size?: number;
}

export {};

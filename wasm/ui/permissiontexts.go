//go:build js && wasm

package ui

import (
	_ "embed"

	"ttshim/wasm/shim"
)

// permissionTexts are the words of the permission prompt, the settings
// page, the scanner and the location dialogs; init adds them to texts.
var permissionTexts = map[string]shim.I18n{
	"permissionAsk": {ZhCN: "申请使用你的%s", EnUS: "wants to use your %s", JaJP: "%sの使用を求めています"},
	"settingsTitle": {ZhCN: "权限设置", EnUS: "Permissions", JaJP: "権限の設定"},
	"settingsNone":  {ZhCN: "该应用尚未申请任何权限", EnUS: "This app has not asked for any permission yet", JaJP: "このアプリはまだ権限を求めていません"},
	"done":          {ZhCN: "完成", EnUS: "Done", JaJP: "完了"},
	"scanTitle":     {ZhCN: "扫一扫", EnUS: "Scan", JaJP: "スキャン"},
	"scanCode":      {ZhCN: "码的内容", EnUS: "Code content", JaJP: "コードの内容"},
	"scanType":      {ZhCN: "码的类型", EnUS: "Code type", JaJP: "コードの種類"},
	"scanManual":    {ZhCN: "手动输入条形码", EnUS: "Enter barcode manually", JaJP: "バーコードを手入力"},
	"scanRead":      {ZhCN: "识别", EnUS: "Recognize", JaJP: "読み取る"},
	"scanEmpty":     {ZhCN: "请输入码的内容", EnUS: "Enter the code's content", JaJP: "コードの内容を入力してください"},
	"placeTitle":    {ZhCN: "选择位置", EnUS: "Choose location", JaJP: "場所を選択"},
	"placeName":     {ZhCN: "名称", EnUS: "Name", JaJP: "名称"},
	"placeAddress":  {ZhCN: "地址", EnUS: "Address", JaJP: "住所"},
	"latitude":      {ZhCN: "纬度", EnUS: "Latitude", JaJP: "緯度"},
	"longitude":     {ZhCN: "经度", EnUS: "Longitude", JaJP: "経度"},
	"send":          {ZhCN: "发送", EnUS: "Send", JaJP: "送信"},
	"placeBad":      {ZhCN: "请输入有效的经纬度", EnUS: "Enter a valid latitude and longitude", JaJP: "有効な緯度と経度を入力してください"},
	"mapTitle":      {ZhCN: "位置", EnUS: "Location", JaJP: "位置"},
	"mapScale":      {ZhCN: "缩放级别 %d", EnUS: "Zoom level %d", JaJP: "ズームレベル %d"},

	"qrCode":     {ZhCN: "二维码", EnUS: "QR code", JaJP: "QR コード"},
	"barCode":    {ZhCN: "条形码", EnUS: "Barcode", JaJP: "バーコード"},
	"datamatrix": {ZhCN: "Data Matrix 码", EnUS: "Data Matrix", JaJP: "データマトリックス"},
	"pdf417":     {ZhCN: "PDF417 条码", EnUS: "PDF417", JaJP: "PDF417"},

	// Each scope by the name Feishu's permission list gives it.
	"scope.userInfo":         {ZhCN: "用户信息", EnUS: "profile", JaJP: "ユーザー情報"},
	"scope.userLocation":     {ZhCN: "地理位置", EnUS: "location", JaJP: "位置情報"},
	"scope.camera":           {ZhCN: "摄像头", EnUS: "camera", JaJP: "カメラ"},
	"scope.record":           {ZhCN: "麦克风", EnUS: "microphone", JaJP: "マイク"},
	"scope.writePhotosAlbum": {ZhCN: "相册（保存图片或视频）", EnUS: "photo album (saving images and videos)", JaJP: "アルバム（画像や動画の保存）"},
	"scope.clipboard":        {ZhCN: "剪切板", EnUS: "clipboard", JaJP: "クリップボード"},
	"scope.appBadge":         {ZhCN: "应用红点", EnUS: "app badge", JaJP: "アプリバッジ"},
	"scope.bluetooth":        {ZhCN: "蓝牙", EnUS: "Bluetooth", JaJP: "Bluetooth"},
	"scope.runData":          {ZhCN: "运动步数", EnUS: "step count", JaJP: "歩数"},
}

// permissionStyles style the dialogs above; init appends them to the
// stylesheet.
//
//go:embed permission.css
var permissionStyles string

func init() {
	for key, words := range permissionTexts {
		texts[key] = words
	}
	stylesheet += permissionStyles
}

//go:build js && wasm

package ui

import (
	"fmt"

	"ttshim/wasm/shim"
)

// texts are the shim's own words, in the client's three languages.
var texts = map[string]shim.I18n{
	"close":      {ZhCN: "关闭", EnUS: "Close", JaJP: "閉じる"},
	"profile":    {ZhCN: "个人信息", EnUS: "Profile", JaJP: "プロフィール"},
	"department": {ZhCN: "部门", EnUS: "Department", JaJP: "部署"},
	"external":   {ZhCN: "外部", EnUS: "External", JaJP: "社外"},
	"consentAsk": {ZhCN: "申请获取以下权限", EnUS: "requests the following permission", JaJP: "次の権限を求めています"},
	"consentScope": {ZhCN: "获得你的公开信息（昵称、头像、性别及地区）", EnUS: "Your public profile (nickname, avatar, gender and region)",
		JaJP: "公開プロフィール（ニックネーム、アバター、性別、地域）"},
	"allow": {ZhCN: "允许", EnUS: "Allow", JaJP: "許可"},
	"deny":  {ZhCN: "拒绝", EnUS: "Deny", JaJP: "拒否"},

	// The contact picker. pickerCount counts people, pickerCountItems
	// people and departments; both take the number chosen.
	"pickerTitle":       {ZhCN: "选择联系人", EnUS: "Choose contacts", JaJP: "連絡先を選択"},
	"search":            {ZhCN: "搜索", EnUS: "Search", JaJP: "検索"},
	"pickerPeople":      {ZhCN: "联系人", EnUS: "Contacts", JaJP: "連絡先"},
	"pickerDepartments": {ZhCN: "部门", EnUS: "Departments", JaJP: "部署"},
	"pickerCount":       {ZhCN: "已选 %d 人", EnUS: "%d selected", JaJP: "%d 人を選択中"},
	"pickerCountItems":  {ZhCN: "已选 %d 项", EnUS: "%d selected", JaJP: "%d 件を選択中"},
	"pickerLimit":       {ZhCN: "最多选择 %d 项", EnUS: "You can choose up to %d", JaJP: "最大 %d 件まで選択できます"},
	"pickerEmpty":       {ZhCN: "无搜索结果", EnUS: "No results", JaJP: "該当する結果はありません"},
	"confirm":           {ZhCN: "确定", EnUS: "Confirm", JaJP: "確定"},
	"cancel":            {ZhCN: "取消", EnUS: "Cancel", JaJP: "キャンセル"},

	// The interaction-feedback dialogs. Feishu documents OK as the modal's
	// and the prompt's default confirm text (and Cancel), in English.
	"modalConfirm":      {ZhCN: "确定", EnUS: "OK", JaJP: "確定"},
	"promptPlaceholder": {ZhCN: "请输入内容", EnUS: "Please enter your content here", JaJP: "ここに内容を入力してください"},
	"actionSheet":       {ZhCN: "操作菜单", EnUS: "Actions", JaJP: "操作メニュー"},
	// The image picker and camera; imagesCount takes the number picked
	// and count, imagesLimit count.
	"imagesTitle": {ZhCN: "选择图片", EnUS: "Choose images", JaJP: "画像を選択"},
	"imagesCount": {ZhCN: "已选 %d/%d", EnUS: "%d of %d selected", JaJP: "%d/%d 枚を選択中"},
	"imagesLimit": {ZhCN: "最多选择 %d 张图片", EnUS: "You can choose up to %d images", JaJP: "最大 %d 枚まで選択できます"},
	"imagesEmpty": {ZhCN: "相册中没有图片", EnUS: "No images in the album", JaJP: "アルバムに画像がありません"},
	"cameraTitle": {ZhCN: "相机", EnUS: "Camera", JaJP: "カメラ"},
	"shoot":       {ZhCN: "拍照", EnUS: "Take photo", JaJP: "撮影"},
	// chooseVideo's and chooseMedia's pickers (videoTexts names them).
	"videosTitle": {ZhCN: "选择视频", EnUS: "Choose videos", JaJP: "動画を選択"},
	"videosLimit": {ZhCN: "最多选择 %d 个视频", EnUS: "You can choose up to %d videos", JaJP: "最大 %d 本まで選択できます"},
	"videosEmpty": {ZhCN: "相册中没有视频", EnUS: "No videos in the album", JaJP: "アルバムに動画がありません"},
	"mediaTitle":  {ZhCN: "选择图片或视频", EnUS: "Choose images or videos", JaJP: "画像または動画を選択"},
	"mediaLimit":  {ZhCN: "最多选择 %d 个文件", EnUS: "You can choose up to %d files", JaJP: "最大 %d 件まで選択できます"},
	"mediaEmpty":  {ZhCN: "相册中没有图片或视频", EnUS: "No images or videos in the album", JaJP: "アルバムに画像や動画がありません"},
	"record":      {ZhCN: "录像", EnUS: "Record video", JaJP: "録画"},
	"viewerTitle": {ZhCN: "图片预览", EnUS: "Image preview", JaJP: "画像プレビュー"},
	"previous":    {ZhCN: "上一张", EnUS: "Previous", JaJP: "前へ"},
	"next":        {ZhCN: "下一张", EnUS: "Next", JaJP: "次へ"},
}

// text is one of texts in the client's language, by the rule users'
// names follow.
func text(language, key string) string { return texts[key].In(language) }

func errorf(p any) error { return fmt.Errorf("%v", p) }

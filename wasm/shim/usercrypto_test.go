package shim

import (
	"encoding/base64"
	"testing"
)

// The vectors of Taro.getUserProfile in ttshim's contract: §3 of
// CONTRACT.md, in ../shared/spec beside this repository, not in it.
const (
	vectorRawData    = `{"nickName":"Band","gender":1,"language":"zh_CN","city":"Guangzhou","province":"Guangdong","country":"CN","avatarUrl":"http://wx.qlogo.cn/mmopen/vi_32/1vZvI39NWFQ9XM4LtQpFrQJ1xlgZxx3w7bQxKARol6503Iuswjjn6nIGBiaycAjAtpujxyzYsrztuuICqIM5ibXQ/0"}`
	vectorSignKey    = "HyVFkGl5F5OQWJZZaNzBBg=="
	vectorSignature  = "75e81ceda165f4ffa64f4068af58c64b8f54b88c"
	vectorSessionKey = "tiihtNczf5v6AKRyjwEUhQ=="
	vectorIV         = "r7BXXKkLb8qrSNn05n0qiA=="
	vectorEncrypted  = "CiyLU1Aw2KjvrjMdj8YKliAjtP4gsMZMQmRzooG2xrDcvSnxIMXFufNstNGTyaGS9uT5geRa0W4oTOb1WT7fJlAC+oNPdbB+3hVbJSRgv+4lGOETKUQz6OYStslQ142dNCuabNPGBzlooOmB231qMM85d2/fV6ChevvXvQP8Hkue1poOFtnEtpyxVLW1zAo6/1Xx1COxFvrc2d7UL/lmHInNlxuacJXwu0fjpXfz/YqYzBIBzD6WUfTIF9GRHpOn/Hz7saL8xz+W//FRAUid1OksQaQx4CMs8LOddcQhULW4ucetDf96JcR3g0gfRK4PC7E/r7Z6xNrXd2UIeorGj5Ef7b1pJAYB6Y5anaHqZ9J6nKEBvB4DnNLIVWSgARns/8wR2SiRS7MNACwTyrGvt9ts8p12PKFdlqYTopNHR1Vf7XjfhQlVsAJdNiKdYmYVoKlaRv85IfVunYzO0IKXsyl7JCUjCpoG20f0a04COwfneQAGGwd5oa+T8yO5hzuyDb/XcxxmK01EpqOyuxINew=="
	vectorPlaintext  = `{"openId":"oGZUI0egBJY1zhBYw2KhdUfwVJJE","nickName":"Band","gender":1,"language":"zh_CN","city":"Guangzhou","province":"Guangdong","country":"CN","avatarUrl":"http://wx.qlogo.cn/mmopen/vi_32/aSKcBBPpibyKNicHNTMM0qJVh8Kjgiak2AHWr8MHM4WgMEm7GFhsf8OYrySdbvAMvTsw3mo8ibKicsnfN5pRjl1p8HQ/0","unionId":"ocMvos6NjeKLIBqg5Mr9QjxrP1FA","watermark":{"timestamp":1477314187,"appid":"wx4f4bc4dec97d474b"}}`
)

func TestSignRawDataVector(t *testing.T) {
	if got := SignRawData(vectorRawData, vectorSignKey); got != vectorSignature {
		t.Fatalf("signature = %s, want %s", got, vectorSignature)
	}
}

func TestDecryptUserDataVector(t *testing.T) {
	got, err := DecryptUserData(vectorEncrypted, vectorSessionKey, vectorIV)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != vectorPlaintext {
		t.Fatalf("plaintext = %s", got)
	}
}

func TestEncryptUserDataVector(t *testing.T) {
	iv, _ := base64.StdEncoding.DecodeString(vectorIV)
	encrypted, ivText, err := EncryptUserData([]byte(vectorPlaintext), vectorSessionKey, iv)
	if err != nil {
		t.Fatal(err)
	}
	if encrypted != vectorEncrypted || ivText != vectorIV {
		t.Fatalf("encryptedData = %s, iv = %s", encrypted, ivText)
	}
}

func TestDecryptUserDataRejectsWrongKey(t *testing.T) {
	if _, err := DecryptUserData(vectorEncrypted, vectorSignKey, vectorIV); err == nil {
		t.Fatal("decrypting with another session_key succeeded")
	}
	for _, key := range []string{"", "not base64!", base64.StdEncoding.EncodeToString([]byte("short"))} {
		if _, _, err := EncryptUserData([]byte("x"), key, make([]byte, 16)); err == nil {
			t.Fatalf("session_key %q accepted", key)
		}
	}
}

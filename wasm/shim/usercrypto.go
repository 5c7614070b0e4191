package shim

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
)

// SignRawData is the user-data signature an app's backend verifies:
// sha1(rawData + session_key), in hex.
func SignRawData(rawData, sessionKey string) string {
	sum := sha1.Sum([]byte(rawData + sessionKey))
	return hex.EncodeToString(sum[:])
}

// EncryptUserData is AES-128-CBC with PKCS#7 padding, keyed by the
// base64-decoded session_key; it returns encryptedData and iv in base64.
func EncryptUserData(plaintext []byte, sessionKey string, iv []byte) (encrypted, ivText string, err error) {
	block, err := sessionCipher(sessionKey)
	if err != nil {
		return "", "", err
	}
	if len(iv) != aes.BlockSize {
		return "", "", fmt.Errorf("iv must be %d bytes, got %d", aes.BlockSize, len(iv))
	}
	pad := aes.BlockSize - len(plaintext)%aes.BlockSize
	padded := append(append([]byte(nil), plaintext...), bytes.Repeat([]byte{byte(pad)}, pad)...)
	out := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, padded)
	return base64.StdEncoding.EncodeToString(out), base64.StdEncoding.EncodeToString(iv), nil
}

// DecryptUserData reverses EncryptUserData, as the app's backend does.
func DecryptUserData(encrypted, sessionKey, ivText string) ([]byte, error) {
	block, err := sessionCipher(sessionKey)
	if err != nil {
		return nil, err
	}
	data, err := base64.StdEncoding.DecodeString(encrypted)
	if err != nil || len(data) == 0 || len(data)%aes.BlockSize != 0 {
		return nil, fmt.Errorf("encryptedData is not whole AES blocks in base64")
	}
	iv, err := base64.StdEncoding.DecodeString(ivText)
	if err != nil || len(iv) != aes.BlockSize {
		return nil, fmt.Errorf("iv is not %d bytes in base64", aes.BlockSize)
	}
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, data)
	pad := int(out[len(out)-1])
	if pad == 0 || pad > aes.BlockSize || !bytes.Equal(out[len(out)-pad:], bytes.Repeat([]byte{byte(pad)}, pad)) {
		return nil, fmt.Errorf("bad PKCS#7 padding: wrong session_key or iv")
	}
	return out[:len(out)-pad], nil
}

func sessionCipher(sessionKey string) (cipher.Block, error) {
	key, err := base64.StdEncoding.DecodeString(sessionKey)
	if err != nil || len(key) != 16 {
		return nil, fmt.Errorf("session_key must be 16 bytes in base64")
	}
	return aes.NewCipher(key)
}

// watermark tells the backend which app the encrypted data is for and when
// the client made it.
type watermark struct {
	Timestamp int64  `json:"timestamp"`
	AppID     string `json:"appid"`
}

// credentials signs rawData and encrypts plaintext with the current
// session_key and a fresh iv, as the client returns user data.
func (s *Shim) credentials(rawData string, plaintext []byte) (Fields, error) {
	key := s.accounts.current.SessionKey
	iv := make([]byte, aes.BlockSize)
	if _, err := io.ReadFull(s.Rand, iv); err != nil {
		return nil, err
	}
	encrypted, ivText, err := EncryptUserData(plaintext, key, iv)
	if err != nil {
		return nil, err
	}
	return Fields{"signature": SignRawData(rawData, key), "encryptedData": encrypted, "iv": ivText}, nil
}

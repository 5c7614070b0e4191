package shim

import (
	"encoding/binary"
	"fmt"
	"math"
)

// MediaVideo is one video of the "media.videos" fixture: what the video
// and media pickers offer. ttshim writes its file (videoFile) and draws
// its thumbnail on first use.
type MediaVideo struct {
	Name string `json:"name"`
	// Duration is in seconds.
	Duration float64 `json:"duration"`
	Width    int     `json:"width"`
	Height   int     `json:"height"`
	// Size is the byte size reported; 0 means the written file's own.
	Size int `json:"size,omitempty"`
}

// defaultVideos are a phone album's believable clips, all shorter than
// chooseVideo's default maxDuration.
func defaultVideos() []MediaVideo {
	return []MediaVideo{
		{Name: "standup.mp4", Duration: 8, Width: 1280, Height: 720},
		{Name: "product-demo.mp4", Duration: 42, Width: 720, Height: 1280},
	}
}

// videoFile is the MP4 ttshim writes for a video: an ftyp box and a moov
// whose mvhd carries the duration and whose one video track's tkhd the
// width and height. It has no frames: it tells a reader what the picker
// said, and weighs some 250 bytes instead of a real clip's megabytes.
func videoFile(v MediaVideo, duration float64) []byte {
	ms := uint32(math.Round(duration * 1000))
	u32 := binary.BigEndian.AppendUint32
	matrix := func(b []byte) []byte {
		for _, m := range []uint32{0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000} {
			b = u32(b, m)
		}
		return b
	}
	mvhd := u32(u32(u32(u32(make([]byte, 12), 1000), ms), 0x10000), 0x01000000) // timescale, duration, rate, volume
	mvhd = matrix(append(mvhd, make([]byte, 8)...))
	mvhd = u32(append(mvhd, make([]byte, 24)...), 2) // the next track's ID
	tkhd := u32(make([]byte, 0, 84), 3)              // enabled, in the movie
	tkhd = u32(u32(u32(u32(append(tkhd, make([]byte, 8)...), 1), 0), ms), 0)
	tkhd = matrix(append(tkhd, make([]byte, 12)...))
	tkhd = u32(u32(tkhd, uint32(v.Width)<<16), uint32(v.Height)<<16)
	ftyp := append([]byte("isom\x00\x00\x02\x00"), "isomiso2mp41"...)
	return append(mp4Box("ftyp", ftyp), mp4Box("moov", mp4Box("mvhd", mvhd), mp4Box("trak", mp4Box("tkhd", tkhd)))...)
}

func mp4Box(kind string, payloads ...[]byte) []byte {
	size := 8
	for _, p := range payloads {
		size += len(p)
	}
	out := append(binary.BigEndian.AppendUint32(make([]byte, 0, size), uint32(size)), kind...)
	for _, p := range payloads {
		out = append(out, p...)
	}
	return out
}

// poster is the picture the picker shows for a video: a drawn frame of
// its proportions, at most 320 px on its long side.
func (v MediaVideo) poster() MediaImage {
	scale := min(1, 320/float64(max(v.Width, v.Height)))
	return MediaImage{Name: v.Name, Type: "png",
		Width: max(1, int(float64(v.Width)*scale)), Height: max(1, int(float64(v.Height)*scale))}
}

// addVideoFile puts a new file of the video, lasting duration seconds, in
// the temporary directory and returns its path.
func (s *Shim) addVideoFile(v MediaVideo, duration float64) (string, *tempFile) {
	s.files.seq++
	path := fmt.Sprintf("ttfile://temp/%d%03d.mp4", s.Now().UnixMilli(), s.files.seq%1000)
	v.Duration = duration
	file := &tempFile{video: &v, data: videoFile(v, duration)}
	if v.Size == 0 {
		file.video.Size = len(file.data)
	}
	s.files.temp[path] = file
	return path, file
}

// validateVideos checks "media.videos": each named, once among the
// images and videos (the media picker answers by name), with its size and
// a duration.
func (m Media) validateVideos(seen map[string]bool) error {
	for i, v := range m.Videos {
		switch {
		case v.Name == "":
			return fmt.Errorf(`"media.videos[%d].name" cannot be empty`, i)
		case seen[v.Name]:
			return fmt.Errorf(`"media.videos[%d].name" %q appears twice in "media"`, i, v.Name)
		case v.Width == 0 || v.Height == 0 || v.Duration == 0:
			return fmt.Errorf(`"media.videos[%d]" needs its "duration", "width" and "height"`, i)
		}
		seen[v.Name] = true
	}
	return nil
}

// videosFrom reads a "media.videos" array.
func videosFrom(value any) []MediaVideo {
	items, _ := value.([]any)
	videos := make([]MediaVideo, len(items))
	for i, item := range items {
		patch := asObject(item)
		videos[i].Name, _ = patch["name"].(string)
		videos[i].Duration, _ = patch["duration"].(float64)
		setWholeNumbers(patch, map[string]*int{"width": &videos[i].Width, "height": &videos[i].Height, "size": &videos[i].Size})
	}
	return videos
}

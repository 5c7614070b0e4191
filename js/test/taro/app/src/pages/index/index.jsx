// The page a user taps: Taro.login, then Taro.getUserProfile, as a Taro app
// written for the Lark mini program does; it shows what Taro answered.
import { useState } from "react";
import { View, Button, Text } from "@tarojs/components";
import Taro from "@tarojs/taro";

const describe = (error) => (error && error.errMsg) || String(error);

export default function Index() {
  const [login, setLogin] = useState("");
  const [profile, setProfile] = useState(null);
  const [answer, setAnswer] = useState("");

  // As a mini program does: log in, then ask for the profile (the tap's
  // activation lasts through the login).
  const onTap = () => {
    Taro.login()
      .then((result) => {
        setLogin(result.code || describe(result));
        return Taro.getUserProfile({ desc: "Show your name on this page" });
      })
      .then((result) => {
        setProfile(result);
        setAnswer(result.errMsg);
      })
      .catch((error) => setAnswer(describe(error)));
  };

  return (
    <View>
      <Button onClick={onTap}>Get profile</Button>
      <Text id="answer">{answer}</Text>
      <Text id="nickname">{profile && profile.userInfo ? profile.userInfo.nickName : ""}</Text>
      <Text id="login">{login}</Text>
      <Text id="raw-data">{profile && profile.rawData ? profile.rawData : ""}</Text>
      <Text id="signature">{profile && profile.signature ? profile.signature : ""}</Text>
    </View>
  );
}

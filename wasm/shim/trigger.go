package shim

// tt.getBlockActionSourceDetail and tt.getTriggerContext: what the app
// was opened on from a chat, traded for the trigger code the client gave
// the page ("launch.triggerCode").

var triggerErrors = []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
	{Errno: ErrnoInvalidParam, When: "`triggerCode` is not a string"},
	{Errno: ErrnoInvalidParam, When: "`triggerCode` is missing or empty (with `errCode` 42301)"},
	{Errno: ErrnoInvalidParam, When: "`triggerCode` is not `launch.triggerCode` (with `errCode` 42302)"},
	{Errno: ErrnoAuthFail, When: "`launch.error` is `\"notLogin\"` (with `errCode` 42303)"},
	{Errno: ErrnoInternal, When: "`launch.error` is `\"failed\"` (42304) or `\"unavailable\"` (42305)"}}

func init() {
	register(&API{
		Namespace: "tt", Name: "getBlockActionSourceDetail", Kind: KindAsync, NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: triggerErrors,
				Controls: []string{"`launch`: the trigger code, `bizType`, `actionTime` and the `messages` the shortcut acted on",
					"`client.language`: the senders' names", prerequisitesControl},
			}
		}),
		Handle: func(c *Call) Result {
			l, res, ok := launchFor(c)
			if !ok {
				return res
			}
			language := c.Config().Client.Language
			messages := make([]Fields, 0, len(l.Messages))
			for _, m := range l.Messages {
				sender, _ := c.Config().User(m.Sender)
				messages = append(messages, Fields{"messageType": m.MessageType,
					"sender": Fields{"name": sender.Name.In(language), "open_id": sender.OpenID}, "createTime": m.CreateTime,
					"support": m.MessageType != "unsupport", "content": m.Content, "status": m.Status,
					"openChatId": l.OpenChatID, "openMessageId": m.OpenMessageID})
			}
			return c.OK(Fields{"bizType": l.BizType, "content": Fields{"actionTime": l.actionTime(c), "messages": messages}})
		},
	})
	register(&API{
		Namespace: "tt", Name: "getTriggerContext", Kind: KindAsync, NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   triggerErrors,
				Controls: []string{"`launch`: the trigger code, its `openChatId` and `bizType`", prerequisitesControl},
			}
		}),
		Handle: func(c *Call) Result {
			l, res, ok := launchFor(c)
			if !ok {
				return res
			}
			return c.OK(Fields{"openChatId": l.OpenChatID, "bizType": l.BizType})
		},
	})
}

// launchFor checks the call's triggerCode against the launch, as both
// APIs do.
func launchFor(c *Call) (Launch, Result, bool) {
	code, err := c.Args.String("triggerCode", false)
	if err != nil {
		return Launch{}, c.Param(err), false
	}
	l := c.Config().Launch
	switch {
	case code == "":
		return l, c.failCoded(ErrnoInvalidParam, "Parameter error. triggerCode is empty", triggerEmpty), false
	case l.Error == LaunchNotLogin:
		return l, c.failCoded(ErrnoAuthFail, "not login", triggerNotLogin), false
	case code != l.TriggerCode || l.TriggerCode == "":
		return l, c.failCoded(ErrnoInvalidParam, "Parameter error. invalid triggerCode: "+quoted(code)+" is not the code the app was launched with",
			triggerInvalid), false
	case l.Error == LaunchFailed:
		return l, c.failCoded(ErrnoInternal, "get block action failed", triggerFailed), false
	case l.Error == LaunchUnavailable:
		return l, c.failCoded(ErrnoInternal, "service is not valid", triggerUnavailable), false
	}
	return l, Result{}, true
}

// actionTime is when the person acted: the configured time, or now.
func (l Launch) actionTime(c *Call) int64 {
	if l.ActionTime > 0 {
		return l.ActionTime
	}
	return c.Shim.Now().Unix()
}

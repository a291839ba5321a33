(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-pp"]={"key":"pp","forms":{"ppo":[0]},"terms":[{"w":445,"p":"jUKEKlQKhLKiPK"},{"w":445,"p":"jUIELlQIhLMiPI"}],"phrases":{"ppo":[{"t":1}]}};

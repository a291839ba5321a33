(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-pp"]={"key":"pp","forms":{"ppo":[0]},"terms":[{"w":445,"p":"jUNEOlQXhLNiPN"},{"w":445,"p":"jUOESlQNhLTiPN"}],"phrases":{"ppo":[{"t":1}]}};

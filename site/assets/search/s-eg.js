(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-eg"]={"key":"eg","forms":{"egg":[0],"eggs":[0],"ego4d":[1],"egtea":[2]},"terms":[{"w":575,"p":"fP"},{"w":575,"p":"fJ"},{"w":575,"p":"fJ"}]};

(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-sr"]={"key":"sr","forms":{"sr":[0],"srl":[1]},"terms":[{"w":575,"p":"oXb"},{"w":575,"p":"kIb"}]};

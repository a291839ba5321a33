(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-tv"]={"key":"tv","forms":{"tvc":[0],"tversky":[1]},"terms":[{"w":575,"p":"oOX"},{"w":575,"p":"nTL"}]};

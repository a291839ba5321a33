(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-cm"]={"key":"cm","forms":{"cmap":[0],"cmmlu":[1]},"terms":[{"w":575,"p":"kUK"},{"w":575,"p":"tJK"}]};

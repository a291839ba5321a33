(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-sv"]={"key":"sv","forms":{"svamp":[0]},"terms":[{"w":524,"p":"qTJiEK"},{"w":524,"p":"qTJiEJ"}],"phrases":{"svamp":[{"t":1}]}};

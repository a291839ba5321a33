(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-sv"]={"key":"sv","forms":{"svamp":[0]},"terms":[{"w":524,"p":"qTKiEK"},{"w":524,"p":"qTMiEL"}],"phrases":{"svamp":[{"t":1}]}};

(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rr"]={"key":"rr","forms":{"rrhf":[0]},"terms":[{"w":490,"p":"iBKlFKSJ"},{"w":490,"p":"iBHlFHSH"}],"phrases":{"rrhf":[{"t":1}]}};
